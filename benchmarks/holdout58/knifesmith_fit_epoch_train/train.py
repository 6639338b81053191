# expect: clean
"""Knifesmith quench forecasting: predict edge hardness from forge temperature traces."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch

from knifesmith import Trainer, build_model, make_loaders

CONFIG = {
    "model": {"name": "quench_lstm", "n_feat": 4, "hidden": 12},
    "trainer": {"max_epochs": 2, "lr": 5e-3, "sanity_batches": 1},
    "data": {"n_train": 24, "n_val": 8, "batch_size": 4, "steps": 7},
}


def main():
    torch.manual_seed(3)
    model = build_model(**CONFIG["model"])
    train_dl, val_dl = make_loaders(**CONFIG["data"], n_feat=CONFIG["model"]["n_feat"])
    trainer = Trainer(**CONFIG["trainer"])
    history = trainer.fit(model, train_dl, val_dl)
    print("final val mae", round(history[-1]["val_mae"], 4))


if __name__ == "__main__":
    main()
