"""Helpers for the bog-snorkelling split-time notebook."""
import torch
from torch import nn
from torch.nn import functional as F


class LengthTimer(nn.Module):
    """Per-length stroke-sensor sequence -> predicted length time (seconds)."""

    def __init__(self, n_in=5, hidden=12):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(self.drop(h[:, -1])).squeeze(-1)


def train_epoch(model, opt, batches):
    model.train()
    tot = 0.0
    for x, y in batches:
        opt.zero_grad()
        loss = F.l1_loss(model(x), y)
        loss.backward()
        opt.step()
        tot += loss.item()
    return tot / len(batches)


def evaluate(model, batches):
    model.eval()
    with torch.no_grad():
        return sum(F.l1_loss(model(x), y).item() for x, y in batches) / len(batches)


def grad_times_input(model, x):
    """Relevance of each stroke-sensor reading: gradient * input, summed over features."""
    x = x.clone().requires_grad_(True)
    model.zero_grad()
    model(x).sum().backward()  # TM001-here
    return (x.grad * x).sum(-1).detach()
