# expect: clean
"""Cobble-boat launch timing: callbacks validate mid-epoch and hand the mode back."""
import torch

from engine import Engine
from callbacks import MidEpochValidation, Checkpointer
from model import LaunchGRU


def batches(n, b=3, t=6, f=4):
    return [(torch.randn(b, t, f), torch.rand(b, 1)) for _ in range(n)]


if __name__ == "__main__":
    torch.manual_seed(5)
    model = LaunchGRU(f=4, hidden=6)
    ckpt = Checkpointer()
    engine = Engine(model, lr=1e-2, callbacks=[MidEpochValidation(batches(2), every=2), ckpt])
    engine.fit(batches(6), epochs=2)
    print("best", ckpt.best)
