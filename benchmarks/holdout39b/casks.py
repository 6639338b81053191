"""Model and helpers for the tapster cask-yield notebooks."""
import torch
import torch.nn as nn


class CaskGRU(nn.Module):
    def __init__(self, n_feat=4, hidden=8):
        super().__init__()
        self.gru = nn.GRU(n_feat, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.head(h[:, -1]).squeeze(-1)


def make_data(n=6, days=8, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, days, 4, generator=g)
    y = x[:, :, 0].mean(1) + 0.1 * torch.randn(n, generator=g)
    return x, y
