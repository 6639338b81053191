import torch
from torch import nn


class InkSpreadNet(nn.Module):
    """Ink spread on a letterpress forme from the roller-pressure sequence."""

    def __init__(self, hidden=6):
        super().__init__()
        self.emb = nn.Linear(2, hidden)
        self.rnn = nn.RNN(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(self.emb(x))
        return self.head(h[:, -1])
