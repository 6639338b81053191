import torch
from torch import nn


class DriftModel(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.static = nn.Sequential(nn.Linear(4, hidden), nn.BatchNorm1d(hidden), nn.ReLU())
        self.temporal = nn.GRU(2, hidden, batch_first=True)
        self.head = nn.Sequential(nn.Dropout(0.2), nn.Linear(2 * hidden, 1))

    def forward(self, static, wind):
        s = self.static(static)
        _, h = self.temporal(wind)
        return self.head(torch.cat([s, h[-1]], dim=-1))
