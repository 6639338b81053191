import torch.nn as nn

from .base import FrozenBackboneMixin


class GrowthEncoder(nn.Module):
    def __init__(self, hidden=12):
        super().__init__()
        self.gru = nn.GRU(6, hidden, batch_first=True)

    def forward(self, x):
        return self.gru(x)[0].mean(1)


class ClippingPlanner(FrozenBackboneMixin):
    def __init__(self):
        super().__init__()
        self.sensor_proj = nn.Linear(5, 6)
        self.backbone = GrowthEncoder()
        self.head = nn.Linear(12, 2)
        self.freeze_backbone()

    def forward(self, x):
        return self.head(self.backbone(self.sensor_proj(x)))
