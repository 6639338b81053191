import torch
import torch.nn as nn


class BineGrowth(nn.Module):
    """Daily weather -> hop bine height increment."""

    def __init__(self, n_in=4, hidden=8):
        super().__init__()
        self.enc = nn.Linear(n_in, hidden)
        self.rnn = nn.LSTM(hidden, hidden, num_layers=2, dropout=0.1, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(torch.relu(self.enc(x)))
        return self.head(h).squeeze(-1)


def make_data(n=16, t=10, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, t, 4, generator=g)
    y = x[..., 0].cumsum(1) * 0.1
    return x, y
