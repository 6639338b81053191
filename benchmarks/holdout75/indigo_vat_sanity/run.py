# expect: crash
"""Indigo vat: predict reduction potential from dip sequences. Entry only wires things up."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch

from indigo import Trainer, VatRegressor, make_batches

CONFIG = {"hidden": 8, "features": 4, "epochs": 2, "lr": 5e-3, "sanity_steps": 1}


def main():
    torch.manual_seed(1)
    model = VatRegressor(CONFIG["features"], CONFIG["hidden"])
    trainer = Trainer(max_epochs=CONFIG["epochs"], lr=CONFIG["lr"], num_sanity_val_steps=CONFIG["sanity_steps"])
    trainer.fit(model, train_batches=make_batches(3), val_batches=make_batches(2))
    print("history", [round(v, 4) for v in trainer.history])


if __name__ == "__main__":
    main()
