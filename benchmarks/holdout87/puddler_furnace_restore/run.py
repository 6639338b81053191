# expect: clean
"""Puddler furnace: forecast carbon content of the iron bath from stir telemetry."""
import torch

from puddler.module import BathModule
from puddler.trainer import LiteTrainer


def loader(n, bs, seed):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, 7, 3, generator=g)
    y = x.sum(dim=(1, 2), keepdim=False).unsqueeze(-1) * 0.1
    return [(x[i:i + bs], y[i:i + bs]) for i in range(0, n, bs)]


if __name__ == "__main__":
    torch.manual_seed(1)
    trainer = LiteTrainer(max_epochs=2, val_check_interval=2)
    trainer.fit(BathModule(hidden=6), loader(32, 4, 0), loader(8, 4, 1))
    print("val curve", [round(v, 4) for v in trainer.val_curve])
