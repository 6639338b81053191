"""Yarn-break detector for a jute spinning frame: vibration windows per spindle."""
from torch import nn


class SpindleRNN(nn.Module):
    def __init__(self, n_in=2, hidden=10):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, num_layers=2, batch_first=True)
        self.clf = nn.Linear(hidden, 2)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.clf(out[:, -1])
