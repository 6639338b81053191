# expect: clean
"""Fit the crane-load regressor on synthetic winch telemetry."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch

from dockhand import CraneLoadNet, Trainer


def make_batches(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 7, 5, generator=g), torch.randn(4, generator=g)) for _ in range(n)]


if __name__ == "__main__":
    torch.manual_seed(0)
    model = CraneLoadNet()
    trainer = Trainer(max_epochs=2, sanity_steps=1)
    hist = trainer.fit(model, make_batches(3, 1), make_batches(2, 2))
    print("val history", [round(h, 3) for h in hist])
