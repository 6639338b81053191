import torch
from torch import nn


class BasketWeaveNet(nn.Module):
    """Scores the tightness of an osier weave from a sequence of rod tensions."""

    def __init__(self, hidden=6):
        super().__init__()
        self.stem = nn.Linear(2, hidden)
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True)
        self.mid = nn.Linear(hidden, hidden)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(torch.relu(self.stem(x)))
        return self.out(torch.relu(self.mid(h[:, -1]))).squeeze(-1)
