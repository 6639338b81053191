# expect: clean
"""Thresher drum-speed model: predicts grain loss from a window of drum telemetry.

Usage: python main.py  (everything runs on CPU with tiny random data)
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from thresher import Trainer, build_model, make_loaders  # noqa: E402

CONFIG = {
    "model": {"name": "drum_lstm", "n_features": 5, "hidden": 12, "layers": 1},
    "data": {"n_train": 24, "n_val": 8, "steps": 7, "batch_size": 4},
    "trainer": {"max_epochs": 2, "lr": 3e-3, "num_sanity_val_steps": 2, "log_every": 3},
}


def main():
    torch.manual_seed(0)
    model = build_model(**CONFIG["model"])
    train_loader, val_loader = make_loaders(**CONFIG["data"], n_features=CONFIG["model"]["n_features"])
    trainer = Trainer(**CONFIG["trainer"])
    history = trainer.fit(model, train_loader, val_loader)
    print("val losses:", [round(v, 4) for v in history["val_loss"]])


if __name__ == "__main__":
    main()
