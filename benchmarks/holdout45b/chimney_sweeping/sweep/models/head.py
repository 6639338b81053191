import torch.nn as nn


class SootHead(nn.Module):
    def __init__(self, hidden=12, n_cls=3):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(hidden, hidden), nn.ReLU(), nn.Linear(hidden, n_cls))

    def forward(self, z):
        return self.net(z)
