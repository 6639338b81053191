# expect: crash
"""Lumberer log grading: the entry only wires things up and calls trainer.fit()."""
import sys
import os

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch

from lumberer import LogGrader, Trainer, make_loaders

CONFIG = {"n_features": 5, "hidden": 12, "classes": 3, "epochs": 2, "lr": 3e-3, "batch": 4, "sanity_steps": 1}


def main():
    torch.manual_seed(3)
    train_loader, val_loader = make_loaders(CONFIG)
    model = LogGrader(CONFIG["n_features"], CONFIG["hidden"], CONFIG["classes"])
    trainer = Trainer(model, CONFIG)
    history = trainer.fit(train_loader, val_loader)
    print("history", history)


if __name__ == "__main__":
    main()
