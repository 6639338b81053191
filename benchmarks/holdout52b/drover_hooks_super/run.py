# expect: clean
"""Drover: predict the next waypoint delay of a cattle drive from GPS-collar traces."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from drover import DroverTrainer, HerdModel, make_loaders  # noqa: E402


def main():
    torch.manual_seed(3)
    config = {"hidden": 8, "epochs": 3, "lr": 5e-3, "patience": 2, "batch": 4}
    model = HerdModel(n_feats=4, hidden=config["hidden"])
    train_dl, val_dl = make_loaders(batch=config["batch"])
    trainer = DroverTrainer(model, config)
    history = trainer.fit(train_dl, val_dl)
    print("best val", round(min(h["val_mse"] for h in history), 4))


if __name__ == "__main__":
    main()
