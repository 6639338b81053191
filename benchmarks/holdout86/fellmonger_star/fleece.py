import torch
from torch import nn


class FleeceGrader(nn.Module):
    """Grades sheepskins from a scan line of (thickness, lanolin, colour)."""

    def __init__(self, hidden=6):
        super().__init__()
        self.norm = nn.LayerNorm(3)
        self.rnn = nn.GRU(3, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, 2)

    def forward(self, x):
        return self.cls(self.rnn(self.norm(x))[0][:, -1])
