# expect: crash
"""Farrier's shoeing rota: predict days until a horse needs re-shoeing from its hoof-wear log."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from farrier import RotaTrainer, HoofWearNet, make_stable  # noqa: E402


def main():
    torch.manual_seed(3)
    cfg = {"hidden": 8, "lr": 5e-3, "epochs": 3, "batch": 4}
    model = HoofWearNet(n_feat=4, hidden=cfg["hidden"])
    trainer = RotaTrainer(model, lr=cfg["lr"])
    train_set, val_set = make_stable(12, batch=cfg["batch"]), make_stable(4, batch=cfg["batch"])
    trainer.fit(train_set, val_set, epochs=cfg["epochs"])
    print("best val", round(trainer.best_val, 4))


if __name__ == "__main__":
    main()
