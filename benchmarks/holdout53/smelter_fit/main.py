# expect: crash
"""Smelter furnace temperature forecaster: entry script only wires things up."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch

from smelter import FurnaceForecaster, Trainer, make_loaders


def main():
    torch.manual_seed(0)
    cfg = {"features": 5, "hidden": 8, "epochs": 2, "lr": 1e-2, "sanity_steps": 1}
    train_dl, val_dl = make_loaders(cfg["features"], batch=4, n_batches=3)
    model = FurnaceForecaster(cfg["features"], cfg["hidden"])
    trainer = Trainer(max_epochs=cfg["epochs"], lr=cfg["lr"], num_sanity_val_steps=cfg["sanity_steps"])
    trainer.fit(model, train_dl, val_dl)
    print("final val", trainer.history[-1])


if __name__ == "__main__":
    main()
