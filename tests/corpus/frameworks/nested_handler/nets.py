import torch
import torch.nn as nn


class GRUReg(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1])


def data(n=5, seed=0):
    g = torch.Generator().manual_seed(seed)
    return [(x, x.mean((1, 2)).unsqueeze(-1)) for x in (torch.randn(4, 6, 3, generator=g) for _ in range(n))]
