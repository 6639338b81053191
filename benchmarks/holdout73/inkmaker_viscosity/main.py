# expect: crash
"""Ink viscosity drift: predicts the viscosity of printing ink after a run from
rheometer readings. The architecture comes from the settings block."""
import torch

from inkworks import *  # noqa: F401,F403
from inkworks import train_batches

SETTINGS = {"arch": "gru", "hidden": 8, "warm_start": 123, "lr": 1e-2}


def readings(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(5, 6, 4, generator=g), torch.randn(5, generator=g)) for _ in range(n)]


if __name__ == "__main__":
    assert SETTINGS["arch"] in ARCHS
    model = build(SETTINGS["arch"], SETTINGS["hidden"], SETTINGS["warm_start"])
    print("final loss", round(train_batches(model, readings(3, 0), SETTINGS["lr"]), 4))
