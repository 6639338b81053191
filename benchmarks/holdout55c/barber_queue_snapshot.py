# expect: crash
"""Barber-shop queue-length forecaster: keep the best snapshot, then refit it on train+val."""
import copy

import torch
from torch import nn

torch.manual_seed(5)


class QueueRNN(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.RNN(2, hidden, batch_first=True, nonlinearity="relu")
        self.out = nn.Linear(hidden, 1)

    def forward(self, arrivals):
        h, _ = self.rnn(arrivals)
        return self.out(h[:, -1]).squeeze(-1)


def data(n, seed):
    g = torch.Generator().manual_seed(seed)
    xs = [torch.rand(4, 12, 2, generator=g) for _ in range(n)]
    return [(x, x[..., 0].sum(1) - x[..., 1].sum(1)) for x in xs]


class Fitter:
    def __init__(self, model):
        self.model = model
        self.best_score = float("inf")
        self.best_model = None

    def epoch(self, opt, batches):
        self.model.train()
        for x, y in batches:
            loss = nn.functional.mse_loss(self.model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()

    def evaluate(self, batches):
        self.model.eval()
        with torch.no_grad():
            score = sum(nn.functional.mse_loss(self.model(x), y).item() for x, y in batches) / len(batches)
        if score < self.best_score:
            self.best_score = score
            self.best_model = copy.deepcopy(self.model)
        self.model.train()
        return score


def refit(model, batches, steps=3):
    opt = torch.optim.SGD(model.parameters(), lr=1e-3)
    for _ in range(steps):
        for x, y in batches:
            loss = nn.functional.mse_loss(model(x), y)
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()


train, val = data(3, 0), data(2, 1)
fitter = Fitter(QueueRNN())
opt = torch.optim.Adam(fitter.model.parameters(), lr=1e-2)
for ep in range(3):
    fitter.epoch(opt, train)
    print(f"epoch {ep} val {fitter.evaluate(val):.4f}")
refit(fitter.best_model, train + val)
print("refit done, best val", round(fitter.best_score, 4))
