import torch
from torch import nn


class PartialTuner(nn.Module):
    """Predicts the hum/prime/tierce deviation of a bell from the lathe cut sequence."""

    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.GRU(3, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 3)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1])
