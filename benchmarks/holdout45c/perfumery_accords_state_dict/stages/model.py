import torch
from torch import nn


class AccordNet(nn.Module):
    def __init__(self, n_notes=5, hidden=12):
        super().__init__()
        self.lstm = nn.LSTM(n_notes, hidden, batch_first=True, proj_size=4)
        self.out = nn.Linear(4, 1)

    def forward(self, curves):
        h, _ = self.lstm(curves)
        return self.out(h[:, -1]).squeeze(-1)


def blotter_readings(n, seed):
    g = torch.Generator().manual_seed(seed)
    x = torch.rand(n, 10, 5, generator=g)
    return x, x[:, :, 2].sum(1)
