from dataclasses import dataclass, field

import torch
import torch.nn as nn

from .model import VarioGRU


def _thermal_batches(n_batches=3, n=4, t=12):
    out = []
    for _ in range(n_batches):
        x = torch.randn(n, t, 3)
        y = x[:, -4:, 0].mean(1) * 1.5 + 0.1 * torch.randn(n)
        out.append((x, y))
    return out


@dataclass
class FlightRun:
    name: str
    model: nn.Module = field(default_factory=VarioGRU)
    batches: list = field(default_factory=_thermal_batches)
    val: tuple = field(default_factory=lambda: _thermal_batches(1, n=6)[0])
    lr: float = 5e-3
