import torch
from torch import nn


class TractRouteNet(nn.Module):
    """Predicts the number of tracts sold on each stop of a colporteur's route."""

    def __init__(self, n_in=4, hidden=8):
        super().__init__()
        self.embed = nn.Linear(n_in, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(torch.tanh(self.embed(x)))
        return self.out(h).squeeze(-1)
