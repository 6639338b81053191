# expect: crash
"""Gaoler cell-occupancy forecaster: entry script only wires things up."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch

from gaoler import OccupancyNet, Trainer, make_loaders

CONFIG = {"hidden": 8, "features": 3, "epochs": 2, "lr": 1e-2, "batch": 4, "sanity_steps": 1}


def main():
    torch.manual_seed(0)
    train_dl, val_dl = make_loaders(CONFIG)
    model = OccupancyNet(CONFIG["features"], CONFIG["hidden"])
    trainer = Trainer(CONFIG)
    trainer.fit(model, train_dl, val_dl)
    print("done", trainer.history[-1])


if __name__ == "__main__":
    main()
