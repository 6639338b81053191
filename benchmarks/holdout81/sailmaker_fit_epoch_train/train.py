# expect: clean
"""Sail-panel strain forecasting: entry script only wires things together."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch

from sailmaker import StrainForecaster, Trainer, make_loaders


def main():
    torch.manual_seed(0)
    cfg = {"n_feat": 5, "hidden": 12, "epochs": 2, "lr": 1e-2, "sanity_batches": 1}
    train_dl, val_dl = make_loaders(n=24, seq=7, n_feat=cfg["n_feat"], batch=6)
    model = StrainForecaster(cfg["n_feat"], cfg["hidden"])
    trainer = Trainer(model, cfg)
    history = trainer.fit(train_dl, val_dl)
    print("history", history)


if __name__ == "__main__":
    main()
