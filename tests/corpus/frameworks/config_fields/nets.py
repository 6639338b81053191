import torch
import torch.nn as nn


class Forecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.head = nn.Linear(8, 1)

    def forward(self, x):
        return self.head(self.lstm(x)[0][:, -1])


def series(n=3, seed=0):
    g = torch.Generator().manual_seed(seed)
    return [(x, x.sum((1, 2)).unsqueeze(-1)) for x in (torch.randn(4, 5, 3, generator=g) for _ in range(n))]
