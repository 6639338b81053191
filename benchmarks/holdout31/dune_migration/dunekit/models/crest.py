import torch
from torch import nn


def wind_roses(n, days=9, n_dirs=8, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.rand(n, days, n_dirs, generator=g)
    y = torch.stack([x[..., 0].sum(1) - x[..., 4].sum(1), x[..., 2].sum(1) - x[..., 6].sum(1)], dim=1)
    return x, y / days


class CrestModel(nn.Module):
    """Predicts (east, north) crest displacement in metres."""

    def __init__(self, n_dirs=8, hidden=8):
        super().__init__()
        self.rnn = nn.RNN(n_dirs, hidden, batch_first=True, nonlinearity="relu")
        self.out = nn.Linear(hidden, 2)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1])
