import torch
from torch import nn

__all__ = ["MudNet"]


class MudNet(nn.Module):
    def __init__(self, n_in=2, hidden=8):
        super().__init__()
        self.rnn = nn.RNN(n_in, hidden, batch_first=True, nonlinearity="relu")
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h).squeeze(-1)
