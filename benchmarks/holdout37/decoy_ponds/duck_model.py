"""Flight-count model for a duck decoy: how many birds work up each pipe, from hourly wind and tide readings."""
import torch
from torch import nn


class PipeCounter(nn.Module):
    def __init__(self, n_in=4, hidden=8, n_pipes=3):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True)
        self.out = nn.Linear(hidden, n_pipes)

    def forward(self, x):
        h, _ = self.rnn(x)
        return nn.functional.softplus(self.out(h[:, -1]))


def fake_days(n=4, hours=12, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, hours, 4, generator=g)
    y = torch.poisson(torch.full((n, 3), 2.0), generator=g)
    return x, y
