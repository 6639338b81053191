import torch
from torch import nn


class BrineNet(nn.Module):
    """Predicts pan salinity from a short window of heater readings."""

    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.proj = nn.Linear(n_in, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(torch.tanh(self.proj(x)))
        return self.out(h[:, -1]).squeeze(-1)
