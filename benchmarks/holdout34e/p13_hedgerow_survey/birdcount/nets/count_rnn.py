import torch
from torch import nn


class CountRNN(nn.Module):
    """Log-count of territories per hedgerow transect from visit-by-visit tallies."""

    def __init__(self, n_species=5, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(n_species, hidden, batch_first=True)
        self.rate = nn.Linear(hidden, 1)

    def forward(self, visits):
        h, _ = self.rnn(visits)
        return self.rate(h[:, -1]).squeeze(-1)
