"""Pack-saddle fit model: girth pressure and stride along a packhorse route, graded into three fits."""
from torch import nn


class GaitNet(nn.Module):
    def __init__(self, hidden=8, n_cls=3):
        super().__init__()
        self.rnn = nn.GRU(2, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, n_cls)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h.mean(1))
