"""Sole-wear model shared by the cordwainer's notebooks."""
import torch
import torch.nn as nn


class SoleWear(nn.Module):
    """Bidirectional LSTM over pressure-plate frames -> which last (shoe form) fits best."""

    def __init__(self, n_sensors=5, hidden=6, n_lasts=3):
        super().__init__()
        self.rnn = nn.LSTM(n_sensors, hidden, batch_first=True, bidirectional=True)
        self.cls = nn.Linear(2 * hidden, n_lasts)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.cls(h.mean(1))


def walk_batches(n=3, batch=4, frames=8, seed=0):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(batch, frames, 5, generator=g), torch.randint(0, 3, (batch,), generator=g)) for _ in range(n)]
