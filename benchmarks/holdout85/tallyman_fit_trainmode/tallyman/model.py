import torch
from torch import nn


class TallyNet(nn.Module):
    """Counts sheep per pen from a short sequence of gate sensor readings."""

    def __init__(self, n_in=5, hidden=12, n_out=3):
        super().__init__()
        self.inp = nn.Linear(n_in, hidden)
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.head = nn.Linear(hidden, n_out)

    def forward(self, x):
        h, _ = self.rnn(torch.tanh(self.inp(x)))
        return self.head(self.drop(h[:, -1]))
