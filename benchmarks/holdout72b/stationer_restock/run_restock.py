# expect: crash
"""Stationer restock forecaster: predicts next-day item demand from a ledger."""
import sys
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parent / "src"))

from stationer import Engine, build_model  # noqa: E402

CONFIG = {
    "model": "ledger_lstm",
    "model_args": {"n_items": 5, "hidden": 8},
    "lr": 0.05,
    "epochs": 6,
    "patience": 1,
}


def make_split(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.rand(4, 6, 5, generator=g), torch.rand(4, 6, 5, generator=g)) for _ in range(n)]


def main():
    torch.manual_seed(3)
    model = build_model(CONFIG)
    engine = Engine(model, CONFIG)
    best = engine.run(make_split(3, 1), make_split(2, 2))
    print("best val", round(best, 4))


if __name__ == "__main__":
    main()
