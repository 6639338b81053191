import torch
from torch import nn


class ChatterNet(nn.Module):
    """Detects tool chatter from spindle vibration windows."""

    def __init__(self, n_axes=3, hidden=12):
        super().__init__()
        self.lstm = nn.LSTM(n_axes, hidden, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.out = nn.Linear(hidden, 2)

    def forward(self, x):
        h, (hn, _) = self.lstm(x)
        return self.out(self.drop(hn[-1]))
