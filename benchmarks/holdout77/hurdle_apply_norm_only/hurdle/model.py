import torch
from torch import nn


class FenceSeqNet(nn.Module):
    """Wattle-hurdle weave quality from tension readings."""

    def __init__(self, n_in=4, hidden=8):
        super().__init__()
        self.norm = nn.BatchNorm1d(n_in)
        self.proj = nn.Linear(n_in, hidden)
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.head = nn.Linear(hidden, 2)

    def forward(self, x):
        x = self.norm(x.transpose(1, 2)).transpose(1, 2)
        h, _ = self.rnn(self.proj(x))
        return self.head(self.drop(h[:, -1]))
