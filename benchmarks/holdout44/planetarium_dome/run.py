# expect: crash
"""Planetarium dome projectors: forecast lamp temperature drift, then adapt to a second dome.

Stage 1 keeps the best model on disk; stage 2 continues from it.
"""
import os
import shutil
import tempfile

import torch

from dome.checkpoint import BestKeeper, load_best
from dome.model import DriftNet
from dome.stages import adapt, pretrain


def main():
    torch.manual_seed(10)
    workdir = tempfile.mkdtemp(prefix="dome_")
    try:
        model = DriftNet(n_in=3, hidden=8)
        keeper = BestKeeper(os.path.join(workdir, "best.pt"))
        pretrain(model, keeper, epochs=3, seed=0)
        model = load_best(keeper.path)
        losses = adapt(model, steps=3, seed=1)
        print("best val", round(keeper.best, 4), "adapt", [round(v, 4) for v in losses])
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
