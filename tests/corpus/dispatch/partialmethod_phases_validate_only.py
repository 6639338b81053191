# expect: clean
"""A dialogue-act tagger whose trainer makes its phases with functools.partialmethod; validation runs
in eval mode and learns nothing; only the training phase, in training mode, runs the backward."""
from functools import partialmethod

import torch
from torch import nn


class ActTagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(6, 10, batch_first=True)
        self.acts = nn.Linear(10, 4)

    def forward(self, utterances):
        return self.acts(self.rnn(utterances)[0][:, -1])


class PhaseTrainer:
    def __init__(self, model):
        self.model = model
        self.optimizer = torch.optim.SGD(model.parameters(), lr=0.1)

    def _phase(self, batches, *, training, learn):
        self.model.train(training)
        losses = []
        for x, y in batches:
            loss = nn.functional.cross_entropy(self.model(x), y)
            if learn:
                self.optimizer.zero_grad()
                loss.backward()
                self.optimizer.step()
            losses.append(loss.item())
        return sum(losses) / len(losses)

    train_epoch = partialmethod(_phase, training=True, learn=True)
    validate = partialmethod(_phase, training=False, learn=False)


batches = [(torch.randn(3, 5, 6), torch.tensor([0, 3, 1])) for _ in range(2)]
trainer = PhaseTrainer(ActTagger())
print(trainer.train_epoch(batches), trainer.validate(batches), trainer.train_epoch(batches))
