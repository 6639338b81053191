"""Builders kept for the 2019 furnace logs (inference only)."""
from torch import nn

__all__ = ["GatherNet", "build_model"]


class GatherNet(nn.Module):
    def __init__(self, n_in=4, hidden=10):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.head(h).squeeze(-1)


def build_model(**kw):
    return GatherNet(**kw).eval()
