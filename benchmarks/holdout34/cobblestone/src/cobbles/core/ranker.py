import torch.nn as nn

from .frozen import FrozenBackboneMixin


class SensorBackbone(nn.Module):
    def __init__(self, n_sensors, dim):
        super().__init__()
        self.proj = nn.Linear(n_sensors, dim)
        self.lstm = nn.LSTM(dim, dim, batch_first=True)

    def forward(self, x):
        h, _ = self.lstm(self.proj(x))
        return h[:, -1]


class LooseningRanker(FrozenBackboneMixin):
    def __init__(self, n_sensors, dim):
        super().__init__()
        self.backbone = SensorBackbone(n_sensors, dim)
        self.head = nn.Sequential(nn.Linear(dim, dim), nn.ReLU(), nn.Linear(dim, 1))
        self.freeze_backbone()

    def forward(self, vib):
        return self.head(self.backbone(vib)).squeeze(-1)
