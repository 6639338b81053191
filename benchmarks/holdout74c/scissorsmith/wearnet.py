"""Blade-wear regressor used by the scissorsmith notebooks."""
import torch
from torch import nn


class WearNet(nn.Module):
    def __init__(self, n_feat=5, hidden=12):
        super().__init__()
        self.proj = nn.Linear(n_feat, hidden)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(torch.relu(self.proj(x)))
        return self.head(self.drop(h[:, -1])).squeeze(-1)


def make_batches(n=6, bs=4, steps=9, n_feat=5, seed=0):
    g = torch.Generator().manual_seed(seed)
    out = []
    for _ in range(n):
        x = torch.randn(bs, steps, n_feat, generator=g)
        y = x[:, :, 0].cumsum(1)[:, -1] * 0.1
        out.append((x, y))
    return out
