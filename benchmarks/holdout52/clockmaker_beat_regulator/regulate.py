# expect: crash
"""Clockmaker: learn the beat error of a movement from acoustic tick timings.

Stage 1 trains on the bench movements and keeps the best checkpoint; stage 2
picks the checkpoint up and fine-tunes it on the customer's movement.
"""
import logging
import os
import tempfile

import torch

from horology.stages import bench_stage, customer_stage

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")


def ticks(n, length=10, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, length, 2, generator=g)
    return x, x[:, :, 1].mean(1, keepdim=True) * 4.0


def main():
    torch.manual_seed(1)
    workdir = tempfile.mkdtemp(prefix="clockmaker_")
    ckpt = os.path.join(workdir, "best.pt")
    try:
        bench_stage(ticks(12, seed=1), ticks(4, seed=2), ckpt, epochs=2)
        err = customer_stage(ckpt, ticks(4, seed=3), steps=3)
        print("customer beat error", round(err, 4))
    finally:
        if os.path.exists(ckpt):
            os.remove(ckpt)
        os.rmdir(workdir)


if __name__ == "__main__":
    main()
