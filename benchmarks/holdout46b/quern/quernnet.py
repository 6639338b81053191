"""Quern-stone grinding model.

Sensor sequences from a hand quern (rotation speed, downward pressure, grain feed rate) over
one minute of grinding; the model predicts flour fineness (microns) from an LSTM summary.
"""
import torch
import torch.nn as nn


class QuernNet(nn.Module):
    def __init__(self, n_in=3, hidden=12, layers=1):
        super().__init__()
        self.norm = nn.LayerNorm(n_in)
        self.lstm = nn.LSTM(n_in, hidden, num_layers=layers, batch_first=True)
        self.reg = nn.Sequential(nn.Linear(hidden, hidden), nn.GELU(), nn.Linear(hidden, 1))

    def forward(self, x):
        h, _ = self.lstm(self.norm(x))
        return self.reg(h[:, -1]).squeeze(-1)


def grinding_sessions(n=32, seconds=30, seed=0):
    g = torch.Generator().manual_seed(seed)
    speed = 1 + 0.3 * torch.randn(n, seconds, generator=g)
    pressure = torch.rand(n, seconds, generator=g)
    feed = torch.rand(n, seconds, generator=g) * 0.5
    x = torch.stack([speed, pressure, feed], -1)
    fineness = 200 - 60 * (speed * pressure).mean(1) + 80 * feed.mean(1)
    return x, fineness / 100
