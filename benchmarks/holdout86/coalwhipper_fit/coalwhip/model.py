import torch
from torch import nn


class BargeLoadNet(nn.Module):
    """Predicts the hold load of a collier from a sequence of winch readings."""

    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.proj = nn.Linear(n_in, hidden)
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(torch.relu(self.proj(x)))
        return self.out(h[:, -1]).squeeze(-1)
