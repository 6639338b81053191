import torch
from torch import nn


class SparLoadNet(nn.Module):
    """Predicts bending load on a mast spar from a short strain-gauge sequence."""

    def __init__(self, n_gauges=3, hidden=8):
        super().__init__()
        self.proj = nn.Linear(n_gauges, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(torch.tanh(self.proj(x)))
        return self.head(h[:, -1]).squeeze(-1)
