"""Depth-sounding forecaster used by the river pilots' notebook."""
import torch
import torch.nn as nn


class SoundingGRU(nn.Module):
    def __init__(self, n_feat=3, hidden=10, horizon=2):
        super().__init__()
        self.gru = nn.GRU(n_feat, hidden, num_layers=2, batch_first=True, dropout=0.1)
        self.out = nn.Linear(hidden, horizon)

    def forward(self, x):
        seq, _ = self.gru(x)
        return self.out(seq[:, -1])


def make_soundings(n=24, steps=12, n_feat=3, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, steps, n_feat, generator=g).cumsum(1) * 0.1
    y = torch.stack([x[:, -1, 0] + 0.05, x[:, -1, 0] + 0.1], dim=1)
    return x, y
