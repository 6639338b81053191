import torch.nn as nn


class BrimNet(nn.Module):
    """Steam-block stretch readings -> brim width bucket."""

    def __init__(self, d_in=4, hidden=8, n_cls=3):
        super().__init__()
        self.hidden = hidden
        self.cell = nn.LSTMCell(d_in, hidden)
        self.fc = nn.Linear(hidden, n_cls)

    def forward(self, x):
        h = x.new_zeros(x.size(0), self.hidden)
        c = h
        for t in range(x.size(1)):
            h, c = self.cell(x[:, t], (h, c))
        return self.fc(h)
