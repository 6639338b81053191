import torch
from torch import nn


class MoistureGRU(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(2, hidden, num_layers=2, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.fc(h[:, -1]).squeeze(-1)


def make_traces(n, seed):
    g = torch.Generator().manual_seed(seed)
    x = torch.rand(n, 12, 2, generator=g)
    return x, (x[:, -4:, 0].mean(1) < 0.5).float()
