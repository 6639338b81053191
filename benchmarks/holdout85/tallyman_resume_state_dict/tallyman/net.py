import torch
from torch import nn


class FleeceNet(nn.Module):
    """Grades fleeces from a shearer's tally-stick sequence."""

    def __init__(self, n_in=4, hidden=10):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, batch_first=True)
        self.grade = nn.Linear(hidden, 4)

    def forward(self, x):
        _, h = self.rnn(x)
        return self.grade(h[-1])
