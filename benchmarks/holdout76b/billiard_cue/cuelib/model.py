import torch
import torch.nn as nn


class ShotGRU(nn.Module):
    """Cue-stick IMU (6 ch) over the stroke -> pocketed / missed."""

    def __init__(self, hidden=12):
        super().__init__()
        self.rnn = nn.GRU(6, hidden, batch_first=True)
        self.head = nn.Sequential(nn.Linear(hidden, hidden), nn.ReLU(), nn.Linear(hidden, 2))

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.head(h[:, -1])


def shot_batches(n, T=9, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, T, 6, generator=g)
    y = (x[:, -3:, 1].mean(1) > 0).long()
    return x, y
