import torch
from torch import nn


def stacks(n=8, days=10, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.rand(n, days, 3, generator=g)  # moisture %, ambient temp, humidity
    y = 3.0 * torch.relu(x[..., 0] - 0.4).sum(1) / days + 0.5 * x[..., 1].mean(1)
    return x, y


class HeatingNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.GRU(3, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.out(self.rnn(x)[0][:, -1]).squeeze(-1)
