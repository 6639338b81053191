import torch
from torch import nn

__all__ = ["BlockSplitModel", "train_epoch"]


class BlockSplitModel(nn.Module):
    """Predicts split quality of a quarried block from drill-core traces."""

    def __init__(self, n_in=5, hidden=9):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, 2)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h.mean(1))


def train_epoch(model, opt, batches):
    total = 0.0
    for x, y in batches:
        loss = nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        total += loss.item()
    return total / len(batches)
