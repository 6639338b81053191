import torch
from torch import nn


class BellResonanceNet(nn.Module):
    """Classifies which of the tiered bells rang from short wind-load envelopes."""

    def __init__(self, n_in=5, hidden=10, n_bells=3):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, n_bells)

    def forward(self, x):
        out, (h, c) = self.lstm(x)
        return self.cls(h[-1])
