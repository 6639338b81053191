import torch
from torch import nn


class GaitNet(nn.Module):
    """Hoof-strike accelerometer windows -> lameness score."""

    def __init__(self, d=3, h=8):
        super().__init__()
        self.lstm = nn.LSTM(d, h, batch_first=True, bidirectional=True)
        self.score = nn.Linear(2 * h, 1)

    def forward(self, x):
        z, _ = self.lstm(x)
        return self.score(z.max(1).values).squeeze(-1)
