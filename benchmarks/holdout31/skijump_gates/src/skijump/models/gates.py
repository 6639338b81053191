import torch
from torch import nn


class GateNet(nn.Module):
    def __init__(self, n_sensors=5, hidden=8):
        super().__init__()
        self.encoder = nn.LSTM(n_sensors, hidden, batch_first=True)
        self.head = nn.Sequential(nn.Linear(hidden, hidden), nn.ReLU(), nn.Linear(hidden, 1))

    def forward(self, x):
        out, (h, _) = self.encoder(x)
        return self.head(h[-1]).squeeze(-1)
