# expect: crash
"""Candle dipping layer thickness: a hand-written LightningModule imitation with a sanity validation pass."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from dipping import Runner, ThicknessTask  # noqa: E402


def loaders(n=3, b=4, t=8):
    train = [(torch.randn(b, t, 2), torch.randn(b, t)) for _ in range(n)]
    val = [(torch.randn(b, t, 2), torch.randn(b, t))]
    return train, val


if __name__ == "__main__":
    torch.manual_seed(7)
    task = ThicknessTask(hidden=12)
    train_dl, val_dl = loaders()
    runner = Runner(max_epochs=2, num_sanity_val_steps=1)
    runner.fit(task, train_dl, val_dl)
    print(runner.metrics)
