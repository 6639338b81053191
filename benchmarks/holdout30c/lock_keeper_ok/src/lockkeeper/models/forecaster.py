import torch
from torch import nn


class LevelForecaster(nn.Module):
    """Predicts the next water level in a lock chamber from the keeper's log."""

    def __init__(self, features=3, hidden=8):
        super().__init__()
        self.encoder = nn.LSTM(features, hidden, num_layers=2, batch_first=True)
        self.level = nn.Linear(hidden, 1)

    def forward(self, log):
        h, _ = self.encoder(log)
        return self.level(h[:, -1])
