import torch
from torch import nn

__all__ = ["KilnGRU"]


class KilnGRU(nn.Module):
    """Lime-kiln temperature profile -> burn quality score."""

    def __init__(self, n_in=4, hidden=10):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True, bidirectional=True)
        self.score = nn.Linear(2 * hidden, 1)

    def forward(self, x):
        o, _ = self.gru(x)
        return self.score(o.mean(1)).squeeze(-1)
