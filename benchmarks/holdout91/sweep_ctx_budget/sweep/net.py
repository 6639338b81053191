import torch
from torch import nn


class FlueDraftNet(nn.Module):
    """Classifies chimney draft sensor traces as clear / partly blocked / blocked."""

    def __init__(self, n_in=3, hidden=6):
        super().__init__()
        self.rnn = nn.RNN(n_in, hidden, num_layers=1, batch_first=True, nonlinearity="tanh")
        self.fc = nn.Linear(hidden, 3)

    def forward(self, x):
        _, h = self.rnn(x)
        return self.fc(h[-1])
