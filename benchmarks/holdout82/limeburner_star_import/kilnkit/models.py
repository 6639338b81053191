import torch
from torch import nn

__all__ = ["KilnNet"]


class KilnNet(nn.Module):
    """Lime-kiln burn completion from temperature probes."""

    def __init__(self):
        super().__init__()
        self.drop = nn.Dropout(0.1)
        self.lstm = nn.LSTM(4, 8, batch_first=True)
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        h, _ = self.lstm(self.drop(x))
        return self.fc(h[:, -1]).squeeze(-1)
