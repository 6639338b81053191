"""Pinfold stray-count model: daily gate and fence readings at the village pound."""
from torch import nn


class StrayNet(nn.Module):
    def __init__(self, n_in=2, hidden=8):
        super().__init__()
        self.inp = nn.Linear(n_in, hidden)
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(self.inp(x))
        return self.out(h[:, -1]).squeeze(-1)
