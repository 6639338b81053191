import torch
from torch import nn


class KilnCurveGRU(nn.Module):
    """Classifies saggar firing curves (temperature, draught) as good / cracked."""

    def __init__(self, n_in=2, hidden=6, n_cls=2):
        super().__init__()
        self.inp = nn.Linear(n_in, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.cls = nn.Linear(hidden, n_cls)

    def forward(self, x):
        h, _ = self.gru(self.inp(x))
        return self.cls(self.drop(h.mean(1)))
