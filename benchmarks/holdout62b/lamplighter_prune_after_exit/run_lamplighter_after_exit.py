# expect: clean
"""Entry point: train the lamp-relighting model and prune it once on a validation batch (after leaving eval mode)."""
import logging
import os
import sys

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))
from lamplighter import build_model, fit  # noqa: E402

CONFIG = {
    "model": {"name": "gas_lamp_lstm", "n_feat": 5, "hidden": 12, "n_lamps": 4},
    "optim": {"lr": 5e-3},
    "epochs": 3,
    "prune": {"at_epoch": 1, "keep": 0.7},
}


def synthetic(n, b=6, t=8):
    out = []
    for _ in range(n):
        x = torch.randn(b, t, 5)
        y = (x[:, :, :4].mean(1) > 0).float()
        out.append((x, y))
    return out


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(name)s %(message)s")
    torch.manual_seed(4)
    model = build_model(CONFIG)
    fit(model, CONFIG, synthetic(4), synthetic(2))
    print("done")
