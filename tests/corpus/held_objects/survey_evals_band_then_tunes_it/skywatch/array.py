from dataclasses import dataclass, field

import torch
from torch import nn


class BandNet(nn.Module):
    """Flags transients in one band's light curve."""

    def __init__(self, width=6):
        super().__init__()
        self.lstm = nn.LSTM(2, width, batch_first=True)
        self.flag = nn.Linear(width, 1)

    def forward(self, curve):
        out, _ = self.lstm(curve)
        return self.flag(out[:, -1]).squeeze(-1)


@dataclass
class Telescope:
    name: str
    detectors: dict = field(default_factory=dict)

    def curves(self, n=4, steps=12):
        return torch.randn(n, steps, 2)


@dataclass
class Array:
    scopes: dict

    @classmethod
    def assemble(cls, names):
        scopes = {}
        for name in names:
            scope = Telescope(name)
            scope.detectors = {"optical": BandNet(), "radio": BandNet()}
            scopes[name] = scope
        return cls(scopes)
