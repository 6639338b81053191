import torch
from torch import nn

__all__ = ["StaveLeak"]


class StaveLeak(nn.Module):
    """Barrel leak probability from a moisture trace along the staves."""

    def __init__(self, d=2, hidden=6):
        super().__init__()
        self.enc = nn.RNN(d, hidden, batch_first=True, nonlinearity="tanh")
        self.cls = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.enc(x)
        return torch.sigmoid(self.cls(h[:, -1])).squeeze(-1)
