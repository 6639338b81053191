# expect: crash
"""Hop-yard alpha-acid forecaster: entry point."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from hopyard import build_model, YieldTrainer  # noqa: E402

CONFIG = {"model": "lstm", "hidden": 12, "epochs": 3, "lr": 5e-3, "batch": 4, "steps": 8}


def make_batches(n, cfg, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(cfg["batch"], cfg["steps"], 4, generator=g),
             torch.randn(cfg["batch"], 1, generator=g)) for _ in range(n)]


def main():
    torch.manual_seed(0)
    model = build_model(CONFIG["model"], hidden=CONFIG["hidden"])
    trainer = YieldTrainer(model, lr=CONFIG["lr"])
    history = trainer.fit(make_batches(3, CONFIG, 1), make_batches(2, CONFIG, 2), epochs=CONFIG["epochs"])
    print("history", [round(h, 4) for h in history])


if __name__ == "__main__":
    main()
