# expect: clean
"""Farrier shoe-wear forecaster: keep the best checkpoint, then resume from it for a second stage."""
import os
import tempfile

import torch

from farrier.checkpoint import BestKeeper
from farrier.stages import pretrain, resume_and_tune


def main():
    torch.manual_seed(9)
    workdir = tempfile.mkdtemp(prefix="farrier_")
    keeper = BestKeeper(os.path.join(workdir, "best.pt"))
    try:
        pretrain(keeper, epochs=2)
        print("stage 2 losses", resume_and_tune(keeper, steps=3))
    finally:
        if os.path.exists(keeper.path):
            os.remove(keeper.path)
        os.rmdir(workdir)


if __name__ == "__main__":
    main()
