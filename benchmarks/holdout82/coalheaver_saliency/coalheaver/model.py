import torch
from torch import nn


class SackCounter(nn.Module):
    """Estimates sacks shovelled per shift from a sequence of shovel-load readings."""

    def __init__(self, n_in=2, hidden=6):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True)
        self.head = nn.Sequential(nn.Linear(hidden, hidden), nn.ReLU(), nn.Linear(hidden, 1))

    def encode(self, x):
        h, _ = self.rnn(x)
        return h[:, -1]

    def forward(self, x):
        return self.head(self.encode(x)).squeeze(-1)
