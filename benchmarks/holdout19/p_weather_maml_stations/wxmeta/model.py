import torch.nn as nn


class StationForecaster(nn.Module):
    """Next-hour temperature from the past few hours of (temp, humidity, wind)."""

    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(3, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.fc(self.gru(x)[0][:, -1]).squeeze(-1)
