# expect: crash
"""Active learning with a trainer object: `predict_batches` is a generator method that puts the network in eval
mode, yields probabilities batch by batch and calls `train()` after its loop. Only its first batch is taken with
`next()`: the generator stops at its first yield, the restore never runs, and the retraining runs in eval mode."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Grader(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, 6, batch_first=True)
        self.out = nn.Linear(6, 3)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1])


class Trainer:
    def __init__(self, net):
        self.net_ = net
        self.opt_ = torch.optim.SGD(net.parameters(), lr=0.1)

    def fit(self, batches):
        for x, y in batches:
            loss = F.cross_entropy(self.net_(x), y)
            self.opt_.zero_grad()
            loss.backward()  # TM001-here
            self.opt_.step()
        return self

    def predict_batches(self, batches):
        self.net_.eval()
        with torch.no_grad():
            for x, _ in batches:
                yield self.net_(x).softmax(-1)
        self.net_.train()


pool = [(torch.randn(4, 5, 2), torch.randint(0, 3, (4,))) for _ in range(3)]
trainer = Trainer(Grader()).fit(pool[:1])
first = next(trainer.predict_batches(pool))
hardest = int((-(first * first.log()).sum(-1)).argmax())
trainer.fit([(pool[0][0][hardest:hardest + 1], pool[0][1][hardest:hardest + 1])])
