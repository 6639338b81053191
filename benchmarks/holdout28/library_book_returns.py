# expect: crash
"""Predict late book returns. A class decorator applied by a call adds a pre-fit evaluation."""
import functools

import torch
from torch import nn


class Borrower(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(30, 6)
        self.rnn = nn.GRU(6, 8, batch_first=True)
        self.late = nn.Linear(8, 1)

    def forward(self, ids):
        return self.late(self.rnn(self.emb(ids))[1][-1]).squeeze(-1)


class Trainer:
    def __init__(self, model):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=3e-3)

    def evaluate(self, ids, y):
        self.model.eval()
        with torch.no_grad():
            return nn.functional.binary_cross_entropy_with_logits(self.model(ids), y).item()

    def fit(self, ids, y, epochs=2):
        for _ in range(epochs):
            loss = nn.functional.binary_cross_entropy_with_logits(self.model(ids), y)
            self.opt.zero_grad()
            loss.backward()  # TM001-here
            self.opt.step()
        return loss.item()


def report_before(cls):
    orig = cls.fit

    @functools.wraps(orig)
    def fit(self, ids, y, **kw):
        print("before fit:", self.evaluate(ids, y))
        return orig(self, ids, y, **kw)

    cls.fit = fit
    return cls


ReportingTrainer = report_before(Trainer)

if __name__ == "__main__":
    ids = torch.randint(0, 30, (4, 7))
    y = torch.randint(0, 2, (4,)).float()
    print(ReportingTrainer(Borrower()).fit(ids, y))
