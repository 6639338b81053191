import torch
from torch import nn


class GrazeNet(nn.Module):
    """Predicts the next paddock from a sequence of GPS collar readings."""

    def __init__(self, n_in=3, hidden=8, n_out=4):
        super().__init__()
        self.proj = nn.Linear(n_in, hidden)
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_out)

    def forward(self, x):
        h, _ = self.rnn(torch.relu(self.proj(x)))
        return self.head(h[:, -1])
