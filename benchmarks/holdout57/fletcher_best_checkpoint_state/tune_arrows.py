# expect: clean
"""Predict lateral drift of an arrow from high-speed fletching sensor sequences.

Stage 1 pretrains on range data and keeps the best checkpoint by validation
error; stage 2 reloads the best checkpoint and fine-tunes on a single archer.
"""
import shutil
import tempfile

import torch

from fletching.checkpoint import BestCheckpoint
from fletching.model import DriftNet
from fletching.stages import finetune, pretrain, shots


def main():
    torch.manual_seed(12)
    workdir = tempfile.mkdtemp(prefix="fletcher_")
    try:
        ckpt = BestCheckpoint(workdir)
        model = DriftNet(channels=4, hidden=10)
        pretrain(model, shots(20, seed=0), shots(8, seed=1), ckpt, epochs=3)
        print("best pretrain val", round(ckpt.best, 4))

        model = ckpt.load_best(lambda: DriftNet(channels=4, hidden=10))
        losses = finetune(model, shots(8, seed=2), steps=4)
        print("archer fine-tune", [round(l, 4) for l in losses])
    finally:
        shutil.rmtree(workdir)


if __name__ == "__main__":
    main()
