import torch
from torch import nn

__all__ = ["WickNet"]


class WickNet(nn.Module):
    """Candle burn-rate curve from wick temperature samples."""

    def __init__(self, h=6):
        super().__init__()
        self.lstm = nn.LSTM(2, h, batch_first=True)
        self.fc = nn.Linear(h, 1)

    def forward(self, x):
        z, _ = self.lstm(x)
        return self.fc(z).squeeze(-1)
