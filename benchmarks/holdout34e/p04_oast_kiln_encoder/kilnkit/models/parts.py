import torch
from torch import nn


class KilnEncoder(nn.Module):
    def __init__(self, n_sensors=4, hidden=8):
        super().__init__()
        self.gru = nn.GRU(n_sensors, hidden, batch_first=True)

    def forward(self, readings):
        _, h = self.gru(readings)
        return h[-1]


class KilnDecoder(nn.Module):
    """Unrolls a GRUCell for the next `horizon` hourly temperatures."""

    def __init__(self, hidden=8):
        super().__init__()
        self.cell = nn.GRUCell(1, hidden)
        self.out = nn.Linear(hidden, 1)

    def forward(self, h, last_temp, horizon):
        preds, y = [], last_temp
        for _ in range(horizon):
            h = self.cell(y, h)
            y = self.out(h)
            preds.append(y)
        return torch.cat(preds, dim=1)
