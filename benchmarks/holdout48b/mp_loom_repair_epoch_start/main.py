# expect: clean
"""Loom repair: predict warp-thread breaks from shuttle vibration traces."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from loomfix import RecalibratingTrainer, ShuttleNet, make_loaders  # noqa: E402


def main():
    torch.manual_seed(0)
    cfg = {"hidden": 8, "lr": 3e-3, "epochs": 2, "batch": 4, "recal_lr": 1e-3}
    train_dl, val_dl, recal_dl = make_loaders(cfg["batch"])
    model = ShuttleNet(hidden=cfg["hidden"])
    trainer = RecalibratingTrainer(model, cfg, recal_batches=recal_dl)
    history = trainer.fit(train_dl, val_dl)
    for row in history:
        print(row)


if __name__ == "__main__":
    main()
