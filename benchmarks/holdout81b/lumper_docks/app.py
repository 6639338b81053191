# expect: crash
"""Dock-lumper shift-load classifier: consistency regularisation with an EMA teacher; the supervised term goes through a dropout-free property."""
import torch

from lumper import ConsistencyTrainer, ShiftGRU

if __name__ == "__main__":
    torch.manual_seed(10)
    trainer = ConsistencyTrainer(ShiftGRU(), ema=0.9, weight=0.5)
    for epoch in range(2):
        print(epoch, trainer.epoch(n_batches=3))
