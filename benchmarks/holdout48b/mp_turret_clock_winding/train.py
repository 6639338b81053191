# expect: crash
"""Turret-clock winding: forecast the drift of a church clock from weight-drop logs.

Uses a tiny hand-written imitation of a LightningModule / Trainer pair.
"""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent / "src"))

import torch  # noqa: E402

from minilit import MiniTrainer  # noqa: E402
from winding import DriftForecaster  # noqa: E402


def batches(n, seed):
    g = torch.Generator().manual_seed(seed)
    out = []
    for _ in range(n):
        x = torch.randn(4, 7, 2, generator=g)
        out.append((x, x[:, :, 0].sum(1, keepdim=True) * 0.2))
    return out


if __name__ == "__main__":
    torch.manual_seed(0)
    module = DriftForecaster(hidden=6)
    trainer = MiniTrainer(max_epochs=2, num_sanity_val_steps=1)
    trainer.fit(module, batches(3, 1), batches(2, 2))
    print(trainer.logged)
