import torch
from torch import nn


class FizzNet(nn.Module):
    """Predicts how long a sherbet batch keeps fizzing from pH / CO2 probe sequences."""

    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1]).squeeze(-1)
