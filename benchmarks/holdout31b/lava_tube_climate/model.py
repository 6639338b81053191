import torch
import torch.nn as nn


class TubeForecaster(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.surface = nn.Linear(3, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(torch.relu(self.surface(x)))
        return self.out(h).squeeze(-1)


def hourly(b=4, t=24):
    surf = 10 + 8 * torch.sin(torch.linspace(0, 6.28, t)).view(1, t, 1) + torch.randn(b, t, 1)
    wind = torch.rand(b, t, 1)
    entrance = surf * 0.4 + 4
    deep = 6 + 0.05 * entrance[..., 0].cumsum(1) / torch.arange(1, t + 1)
    x = torch.cat([(surf - 10) / 8, wind, (entrance - 8) / 4], -1)
    return x, deep
