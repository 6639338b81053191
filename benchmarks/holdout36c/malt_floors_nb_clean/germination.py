"""Shared model code for the malt-floor notebooks."""
import torch
import torch.nn as nn


class GermNet(nn.Module):
    """Floor temperature / moisture readings every 4h -> acrospire length (fraction of grain)."""

    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, num_layers=1, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.gru(x)
        return torch.sigmoid(self.head(out[:, -1])).squeeze(-1)


def floor_batches(floor, n=3, batch=4, steps=12):
    g = torch.Generator().manual_seed(floor)
    batches = []
    for _ in range(n):
        x = torch.randn(batch, steps, 3, generator=g)
        y = torch.sigmoid(x[:, :, 0].cumsum(1)[:, -1] * 0.2 + 0.1 * floor)
        batches.append((x, y))
    return batches
