import torch
from torch import nn


class WeirLSTM(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1]).squeeze(-1)


class WeirCell(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.cell = nn.LSTMCell(n_in, hidden)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h = c = x.new_zeros(x.shape[0], self.cell.hidden_size)
        for t in range(x.shape[1]):
            h, c = self.cell(x[:, t], (h, c))
        return self.out(h).squeeze(-1)


class WeirMLP(nn.Module):
    def __init__(self, n_in=3, hidden=8, steps=6):
        super().__init__()
        self.net = nn.Sequential(nn.Flatten(), nn.Linear(n_in * steps, hidden), nn.ReLU(), nn.Linear(hidden, 1))

    def forward(self, x):
        return self.net(x).squeeze(-1)
