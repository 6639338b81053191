# expect: crash
"""Hydroponic nutrient dosing: predict next-hour EC/pH corrections from sensor windows."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch

from hydro import DosingTask, Trainer, make_loaders

CONFIG = {
    "sensors": 6,
    "hidden": 12,
    "targets": 2,
    "window": 10,
    "batch_size": 4,
    "epochs": 2,
    "lr": 3e-3,
    "sanity_steps": 1,
}


def main():
    torch.manual_seed(0)
    train_loader, val_loader = make_loaders(CONFIG)
    task = DosingTask(CONFIG["sensors"], CONFIG["hidden"], CONFIG["targets"], lr=CONFIG["lr"])
    trainer = Trainer(max_epochs=CONFIG["epochs"], sanity_steps=CONFIG["sanity_steps"])
    trainer.fit(task, train_loader, val_loader)
    print("final val mae", round(trainer.history[-1]["val_mae"], 4))


if __name__ == "__main__":
    main()
