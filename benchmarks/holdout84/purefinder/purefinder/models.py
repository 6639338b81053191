import torch
from torch import nn


class HideSeqNet(nn.Module):
    """Whole-sequence GRU over tannery vat readings."""

    def __init__(self, n_in=4, hidden=8, classes=3):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, classes)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.fc(h[:, -1])


class HideCellNet(nn.Module):
    """Same model unrolled by hand with a GRUCell."""

    def __init__(self, n_in=4, hidden=8, classes=3):
        super().__init__()
        self.cell = nn.GRUCell(n_in, hidden)
        self.fc = nn.Linear(hidden, classes)
        self.hidden = hidden

    def forward(self, x):
        h = x.new_zeros(x.size(0), self.hidden)
        for t in range(x.size(1)):
            h = self.cell(x[:, t], h)
        return self.fc(h)
