import torch
from torch import nn


class BrineNet(nn.Module):
    """Salinity at the next tide from evaporation-pan sensor sequences."""

    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(3, 8, batch_first=True)
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.fc(h[:, -1]).squeeze(-1)
