import torch
from torch import nn

__all__ = ["BineGRU", "BineCellNet", "BineConv"]


class BineGRU(nn.Module):
    def __init__(self, n_feat=4, hidden=8):
        super().__init__()
        self.rnn = nn.GRU(n_feat, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        _, h = self.rnn(x)
        return self.out(h[-1]).squeeze(-1)


class BineCellNet(nn.Module):
    def __init__(self, n_feat=4, hidden=8):
        super().__init__()
        self.hidden = hidden
        self.cell = nn.GRUCell(n_feat, hidden)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h = x.new_zeros(x.size(0), self.hidden)
        for t in range(x.size(1)):
            h = self.cell(x[:, t], h)
        return self.out(h).squeeze(-1)


class BineConv(nn.Module):
    def __init__(self, n_feat=4, hidden=8):
        super().__init__()
        self.conv = nn.Conv1d(n_feat, hidden, 3, padding=1)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.out(torch.relu(self.conv(x.transpose(1, 2))).mean(-1)).squeeze(-1)


def _private_helper():
    return None
