import torch.nn as nn


class KilnNet(nn.Module):
    def __init__(self, n_in=5, hidden=12):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True)
        self.out = nn.Sequential(nn.Linear(hidden, 8), nn.ReLU(), nn.Linear(8, 1))

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1])
