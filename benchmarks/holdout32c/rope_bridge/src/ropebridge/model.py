import torch
import torch.nn as nn


class SwayForecaster(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(2, hidden, num_layers=2, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, wind):
        h, _ = self.gru(wind)
        return self.head(h[:, -1]).squeeze(-1)


def make_gusts(n=4, bs=4, t=8):
    out = []
    for _ in range(n):
        wind = torch.randn(bs, t, 2)
        out.append((wind, wind[:, :, 0].pow(2).mean(1)))
    return out
