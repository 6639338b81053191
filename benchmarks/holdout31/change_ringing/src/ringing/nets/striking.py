import torch
from torch import nn


def touches(n=8, rows=12, bells=6, seed=0, batch=4):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, rows, bells, generator=g) * 0.1
    y = 0.6 * x[:, -1] + 0.3 * x[:, -2] - 0.1 * x[:, -3].roll(1, dims=-1)
    return [(x[i:i + batch], y[i:i + batch]) for i in range(0, n, batch)]


class StrikingNet(nn.Module):
    def __init__(self, bells=6, hidden=10):
        super().__init__()
        self.lstm = nn.LSTM(bells, hidden, batch_first=True)
        self.out = nn.Linear(hidden, bells)

    def forward(self, rows):
        return self.out(self.lstm(rows)[0][:, -1])
