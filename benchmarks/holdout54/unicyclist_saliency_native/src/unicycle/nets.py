import torch
import torch.nn as nn


class BalanceNet(nn.Module):
    def __init__(self, channels, hidden):
        super().__init__()
        self.lstm = nn.LSTM(channels, hidden, batch_first=True)
        self.fall = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.fall(out[:, -1]).squeeze(-1)


def synthetic_rides(n, seed, length=10, channels=6, batch=4):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, length, channels, generator=g)
    y = (x[:, -3:, 0].mean(1) > 0).float()
    return [(x[i:i + batch], y[i:i + batch]) for i in range(0, n, batch)]
