# expect: clean
"""A decorator that runs a method in eval mode under no_grad and restores the previous mode afterwards,
used for periodic perplexity checks inside the training loop of a char-level RNN."""
import functools

import torch
import torch.nn as nn
import torch.nn.functional as F


def evaluating(method):
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        previous = self.training
        self.eval()
        try:
            with torch.no_grad():
                return method(self, *args, **kwargs)
        finally:
            self.train(previous)
    return wrapper


class CharRNN(nn.Module):
    def __init__(self, vocab=27, dim=16):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.rnn = nn.RNN(dim, dim, num_layers=2, nonlinearity="tanh")
        self.fc = nn.Linear(dim, vocab)

    def forward(self, x, h=None):
        out, h = self.rnn(self.emb(x), h)
        return self.fc(out), h

    @evaluating
    def perplexity(self, data):
        logits, _ = self(data[:-1])
        return F.cross_entropy(logits.flatten(0, 1), data[1:].flatten()).exp().item()


torch.manual_seed(0)
model = CharRNN()
opt = torch.optim.RMSprop(model.parameters(), lr=1e-3)
held_out = torch.randint(0, 27, (12, 2))
model.train()
for step in range(6):
    batch = torch.randint(0, 27, (12, 4))
    logits, _ = model(batch[:-1])
    loss = F.cross_entropy(logits.flatten(0, 1), batch[1:].flatten())
    opt.zero_grad()
    loss.backward()
    opt.step()
    if step % 2 == 0:
        print(f"step {step}: train {loss.item():.3f} held-out ppl {model.perplexity(held_out):.2f}")
