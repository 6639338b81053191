# expect: crash
"""Gondola lift cabin-load forecaster: build everything, hand it to the trainer."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch

from gondola import CabinLoadNet, LiftTrainer, make_loaders


def main():
    torch.manual_seed(0)
    cfg = {"features": 5, "hidden": 8, "epochs": 2, "lr": 1e-2, "batch": 4}
    train_dl, val_dl = make_loaders(cfg)
    model = CabinLoadNet(cfg["features"], cfg["hidden"])
    trainer = LiftTrainer(max_epochs=cfg["epochs"], lr=cfg["lr"], sanity_val_steps=1)
    trainer.fit(model, train_dl, val_dl)
    print("final", trainer.history[-1])


if __name__ == "__main__":
    main()
