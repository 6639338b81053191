# expect: crash
"""Moorland beacon visibility: a trainer subclass that evaluates at each epoch end through a mixin."""
import torch

from beacons import VisibilityTrainer, VisibilityNet


def readings(n, b=4, t=7):
    return [(torch.randn(b, t, 3), torch.randint(0, 2, (b,)).float()) for _ in range(n)]


if __name__ == "__main__":
    torch.manual_seed(25)
    trainer = VisibilityTrainer(VisibilityNet(hidden=8), val_data=readings(2), lr=1e-2)
    trainer.fit(readings(4), epochs=3)
    print("val history", trainer.val_history)
