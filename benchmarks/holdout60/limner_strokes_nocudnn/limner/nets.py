import torch
from torch import nn


class StrokeNet(nn.Module):
    """Classifies brush-stroke pen trajectories of a limner's miniature."""

    def __init__(self, cfg):
        super().__init__()
        self.embed = nn.Linear(3, cfg["hidden"])
        self.gru = nn.GRU(cfg["hidden"], cfg["hidden"], num_layers=cfg["layers"], batch_first=True)
        self.out = nn.Linear(cfg["hidden"], cfg["classes"])

    def forward(self, strokes):
        z, _ = self.gru(self.embed(strokes))
        return self.out(z.mean(1))
