# expect: clean
"""Sauerkraut crock fermentation: fine-tune a pretrained pH forecaster on a new cellar."""
import logging

import torch

from crock import *  # noqa: F401,F403  (re-exports FermentForecaster, pretrain_state, finetune)

logging.basicConfig(level=logging.INFO, format="%(name)s %(message)s")


def cellar_batches(n=4, batch=3, days=8):
    g = torch.Generator().manual_seed(5)
    out = []
    for _ in range(n):
        temp = torch.randn(batch, days, 2, generator=g)
        ph = 4.0 - 0.1 * temp[..., 0].cumsum(1)[:, -1]
        out.append((temp, ph))
    return out


def main():
    torch.manual_seed(3)
    state = pretrain_state(n_features=2, hidden=6)  # noqa: F405
    model = FermentForecaster.from_pretrained(state, inference=False)  # noqa: F405
    losses = finetune(model, cellar_batches(), epochs=2, lr=5e-3)  # noqa: F405
    print("fine-tune losses", [round(v, 3) for v in losses])


if __name__ == "__main__":
    main()
