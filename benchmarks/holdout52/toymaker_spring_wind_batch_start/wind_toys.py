# expect: clean
"""Toymaker: predict how many turns a clockwork spring gives from its winding trace."""
import logging

import torch

from workshop import SpringTrainer, WindingModel

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")


def make_loader(n, steps, batch, seed):
    g = torch.Generator().manual_seed(seed)
    xs = torch.randn(n, steps, 2, generator=g)
    ys = xs[..., 0].cumsum(1)[:, -1:] + 0.1 * torch.randn(n, 1, generator=g)
    return [(xs[i:i + batch], ys[i:i + batch]) for i in range(0, n, batch)]


if __name__ == "__main__":
    torch.manual_seed(7)
    model = WindingModel(hidden=12)
    trainer = SpringTrainer(model, lr=3e-3, epochs=2, val_every=2)
    trainer.fit(make_loader(16, 9, 4, 0), make_loader(8, 9, 4, 1))
    print("best val", round(trainer.best_val, 4))
