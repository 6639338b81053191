# expect: crash
"""Ropewalker: predict strand tension along a rope walk from twist-gauge readings.

Entry point: builds the data, model and trainer from a config dict and calls fit().
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch

from ropewalk import TensionLSTM, Trainer, make_walks

CONFIG = {
    "n_features": 6,
    "hidden": 12,
    "epochs": 2,
    "batch_size": 4,
    "lr": 3e-3,
    "num_sanity_val_steps": 2,
    "seed": 7,
}


def main(cfg):
    torch.manual_seed(cfg["seed"])
    train_set = make_walks(24, 9, cfg["n_features"])
    val_set = make_walks(8, 9, cfg["n_features"])
    model = TensionLSTM(cfg["n_features"], cfg["hidden"])
    trainer = Trainer(
        max_epochs=cfg["epochs"],
        batch_size=cfg["batch_size"],
        lr=cfg["lr"],
        num_sanity_val_steps=cfg["num_sanity_val_steps"],
    )
    history = trainer.fit(model, train_set, val_set)
    print("final val mse: %.4f" % history[-1]["val_mse"])


if __name__ == "__main__":
    main(CONFIG)
