# expect: clean
"""Pargeter's plaster cure: forecast surface moisture from humidity logs.

Stage 1 trains a model and keeps the best snapshot (evaluated on a hold-out wall);
stage 2 fine-tunes the snapshot on a new wall.
"""
import torch

from plaster.model import CureForecaster
from plaster.stages import train_stage, best_snapshot, finetune_stage


def logs(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(3, 8, 2, generator=g), torch.rand(3, 1, generator=g)) for _ in range(n)]


def main():
    model = CureForecaster(2, 8)
    snap = None
    for epoch in range(2):
        train_stage(model, logs(2, epoch))
        snap = best_snapshot(model, logs(1, 100), snap)
    print("best val", round(snap.score, 4))
    finetune_stage(snap, logs(2, 7))


if __name__ == "__main__":
    main()
