"""Gear-wear model for the orrery restoration project.

Each orrery gear train is logged as a sequence of (torque, backlash, temperature) readings
while the clockwork runs one full "year".  A bidirectional GRU summarises the run and a small
head scores wear in three classes (fine / worn / replace).
"""
import torch
import torch.nn as nn


class GearWearNet(nn.Module):
    def __init__(self, n_feat=3, hidden=8, n_cls=3):
        super().__init__()
        self.proj = nn.Linear(n_feat, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True, bidirectional=True)
        self.head = nn.Sequential(nn.LayerNorm(2 * hidden), nn.Linear(2 * hidden, n_cls))

    def forward(self, x):
        z = torch.tanh(self.proj(x))
        h, _ = self.gru(z)
        return self.head(h.mean(dim=1))


def build(cfg=None):
    cfg = {"n_feat": 3, "hidden": 8, "n_cls": 3, **(cfg or {})}
    return GearWearNet(**cfg)
