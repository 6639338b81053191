# expect: crash
"""Coppice rotation yield forecaster: entry point only wires things up."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch

from coppice import Trainer, build_model, make_loaders

CONFIG = {
    "model": {"name": "stool_lstm", "n_features": 5, "hidden": 8},
    "trainer": {"max_epochs": 2, "lr": 1e-2, "num_sanity_val_steps": 2},
    "data": {"n": 24, "seq_len": 7, "batch_size": 4},
}


def main():
    torch.manual_seed(3)
    model = build_model(CONFIG["model"])
    train_loader, val_loader = make_loaders(**CONFIG["data"], n_features=CONFIG["model"]["n_features"])
    trainer = Trainer(**CONFIG["trainer"])
    trainer.fit(model, train_loader, val_loader)
    print("final val", trainer.history[-1])


if __name__ == "__main__":
    main()
