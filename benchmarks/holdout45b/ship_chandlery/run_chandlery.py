# expect: crash
"""Train the chandlery demand model and log per-week saliency after validation."""
import logging
import os
import sys

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

from chandlery import SaliencyTrainer, build_model  # noqa: E402

CONFIG = {"n_items": 4, "hidden": 12, "lr": 5e-3, "epochs": 2}


def weekly_sales(n_batches, batch=4, weeks=8, n_items=4):
    out = []
    for _ in range(n_batches):
        x = torch.rand(batch, weeks, n_items)
        y = x[:, -2:].mean(1) + 0.05 * torch.randn(batch, n_items)
        out.append((x, y))
    return out


def main():
    logging.basicConfig(level=logging.INFO, format="%(name)s %(message)s")
    torch.manual_seed(12)
    model = build_model(CONFIG)
    trainer = SaliencyTrainer(model, lr=CONFIG["lr"], epochs=CONFIG["epochs"])
    trainer.fit(weekly_sales(3), weekly_sales(1))
    print("val history", trainer.history)
    print("saliency", trainer.saliency_log[-1])


if __name__ == "__main__":
    main()
