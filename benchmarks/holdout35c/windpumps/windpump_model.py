"""Model used by the windpump drainage notebook."""
import torch
import torch.nn as nn


class PumpLSTM(nn.Module):
    """Predicts dyke-water level 6 hours ahead from wind and rainfall."""

    def __init__(self, n_in=3, hidden=12):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.level = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.level(out[:, -1])


def make_readings(n_batches=3, batch=4, hours=12, seed=0):
    g = torch.Generator().manual_seed(seed)
    data = []
    for _ in range(n_batches):
        x = torch.randn(batch, hours, 3, generator=g)
        y = x[:, -6:, 1:2].sum(1) * 0.3
        data.append((x, y))
    return data
