import torch
import torch.nn as nn


class SpliceStrengthGRU(nn.Module):
    """Breaking load of a splice from the sequence of tucks (strand, tension, twist)."""

    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(3, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, tucks):
        if self.training:
            tucks = tucks + 0.01 * torch.randn_like(tucks)
        _, h = self.gru(tucks)
        return self.out(h[-1]).squeeze(-1)
