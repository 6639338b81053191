# expect: crash
"""Lime burner: predict the quicklime draw size from kiln thermocouples, with a hand-rolled
LightningModule/Trainer pair (manual optimisation)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from limeburner.lit import MiniTrainer  # noqa: E402
from limeburner.tasks import DrawRegressor  # noqa: E402


def loaders():
    g = torch.Generator().manual_seed(21)
    x, y = torch.randn(12, 8, 4, generator=g), torch.randn(12, generator=g)
    train = [(x[i:i + 4], y[i:i + 4]) for i in range(0, 8, 4)]
    val = [(x[8:], y[8:])]
    return train, val


if __name__ == "__main__":
    torch.manual_seed(21)
    train, val = loaders()
    trainer = MiniTrainer(max_epochs=2, num_sanity_val_steps=1)
    trainer.fit(DrawRegressor(hidden=8), train, val)
    print("logged", trainer.logged)
