"""Shared pieces for the hammock sleep-stage experiments."""
import torch
from torch import nn

__all__ = ["SwayNet", "train_epoch", "evaluate", "make_nights"]


class SwayNet(nn.Module):
    """Sleep stage (wake / light / deep) from hammock accelerometer sway."""

    def __init__(self, n_axes=3, hidden=10, n_stages=3):
        super().__init__()
        self.rnn = nn.GRU(n_axes, hidden, num_layers=2, batch_first=True)
        self.out = nn.Linear(hidden, n_stages)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1])


def make_nights(n, batch=4, steps=12):
    return [(torch.randn(batch, steps, 3), torch.randint(0, 3, (batch,))) for _ in range(n)]


def train_epoch(model, batches, opt):
    total = 0.0
    for x, y in batches:
        opt.zero_grad()
        loss = nn.functional.cross_entropy(model(x), y)
        loss.backward()
        opt.step()
        total += loss.item()
    return total / len(batches)


def evaluate(model, batches):
    model.eval()
    with torch.no_grad():
        hits = sum((model(x).argmax(-1) == y).sum().item() for x, y in batches)
    return hits / sum(len(y) for _, y in batches)
