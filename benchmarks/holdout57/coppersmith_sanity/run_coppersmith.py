# expect: crash
"""Fit a strike-sequence model that predicts the anneal temperature of a copper sheet."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch

from coppersmith import StrikeRegressor, Trainer, make_loaders

CONFIG = {
    "features": 6,
    "hidden": 12,
    "epochs": 2,
    "lr": 3e-3,
    "batch_size": 4,
    "num_sanity_val_steps": 2,
}


def main():
    torch.manual_seed(7)
    train_loader, val_loader = make_loaders(CONFIG["features"], CONFIG["batch_size"])
    model = StrikeRegressor(CONFIG["features"], CONFIG["hidden"])
    trainer = Trainer(max_epochs=CONFIG["epochs"], lr=CONFIG["lr"],
                      num_sanity_val_steps=CONFIG["num_sanity_val_steps"])
    trainer.fit(model, train_loader, val_loader)
    print("final val mse", round(trainer.history[-1]["val_mse"], 4))


if __name__ == "__main__":
    main()
