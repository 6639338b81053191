import torch
from torch import nn


class PeatFluxNet(nn.Module):
    """Chamber CO2 flux from water-table depth, soil temperature and PAR."""

    def __init__(self, n_in=3, hidden=12):
        super().__init__()
        self.embed = nn.Linear(n_in, hidden)
        self.rnn = nn.LSTM(hidden, hidden, num_layers=2, batch_first=True, dropout=0.1)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(torch.relu(self.embed(x)))
        return self.head(h).squeeze(-1)


def synth_chamber(n=8, t=12, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, t, 3, generator=g)
    y = 0.6 * x[..., 1] - 0.3 * x[..., 0] + 0.1 * torch.randn(n, t, generator=g)
    return x, y
