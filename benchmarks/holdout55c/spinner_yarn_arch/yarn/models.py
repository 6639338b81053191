import torch
from torch import nn


class YarnGRU(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.GRU(1, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, tension):
        h, _ = self.rnn(tension)
        return self.out(h).squeeze(-1)


class YarnLSTM(YarnGRU):
    def __init__(self, hidden=8):
        super().__init__(hidden)
        self.rnn = nn.LSTM(1, hidden, batch_first=True)


class YarnCellNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.cell = nn.GRUCell(1, hidden)
        self.out = nn.Linear(hidden, 1)
        self.hidden = hidden

    def forward(self, tension):
        h = tension.new_zeros(tension.size(0), self.hidden)
        outs = []
        for t in range(tension.size(1)):
            h = self.cell(tension[:, t], h)
            outs.append(self.out(h))
        return torch.cat(outs, dim=1)
