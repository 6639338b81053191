"""Step-by-step LSTMCell model for bobbin-lace pattern tension (lacemaker project)."""
import torch
import torch.nn as nn


class BobbinCellNet(nn.Module):
    def __init__(self, n_in=4, hidden=10):
        super().__init__()
        self.cell = nn.LSTMCell(n_in, hidden)
        self.out = nn.Linear(hidden, 1)
        self.hidden = hidden

    def forward(self, x):                       # x: (B, T, n_in)
        h = x.new_zeros(x.shape[0], self.hidden)
        c = x.new_zeros(x.shape[0], self.hidden)
        for t in range(x.shape[1]):
            h, c = self.cell(x[:, t], (h, c))
        return self.out(h).squeeze(-1)
