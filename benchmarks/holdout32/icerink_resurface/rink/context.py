from types import SimpleNamespace

import torch

from .models import build_modules


def _readings(n, seed):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, 12, 3, generator=g)
    y = ((x[:, :, 0].mean(1) + 0.5 * x[:, :, 1].mean(1)) > 0).long()
    return x, y


def build_context(seed=0, hidden=8):
    torch.manual_seed(seed)
    modules = build_modules(hidden)
    return SimpleNamespace(
        modules=modules,
        data={"train": _readings(16, seed), "calib": _readings(8, seed + 1), "test": _readings(8, seed + 2)},
        report={},
    )
