import torch
import torch.nn as nn


class YieldNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(2, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, curve):
        h, _ = self.lstm(curve)
        return self.head(h[:, -1]).squeeze(-1)


def pressings(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.rand(4, 11, 2, generator=g), torch.rand(4, generator=g)) for _ in range(n)]
