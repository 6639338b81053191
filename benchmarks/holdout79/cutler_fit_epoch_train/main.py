# expect: clean
"""Cutler blade-wear forecaster: entry script only wires things up and calls fit()."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch

from cutler import Trainer, build_model, make_loaders

CONFIG = {"model": {"kind": "lstm", "n_in": 6, "hidden": 12}, "trainer": {"epochs": 2, "lr": 1e-2, "sanity_steps": 1}}


def main():
    torch.manual_seed(0)
    model = build_model(**CONFIG["model"])
    train_dl, val_dl = make_loaders(n_in=CONFIG["model"]["n_in"])
    trainer = Trainer(model, **CONFIG["trainer"])
    trainer.fit(train_dl, val_dl)
    print("best val", round(trainer.best, 4))


if __name__ == "__main__":
    main()
