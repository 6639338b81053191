# expect: clean
"""Tar-boiling kettle viscosity: entry script for the tarworks package."""
import logging
import os
import sys

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

from tarworks import EarlyStopTrainer, build_model  # noqa: E402

CONFIG = {"model": "kettle_lstm", "model_args": {"hidden": 8}, "lr": 1e-2, "epochs": 3}


def batches(n, bs=4, steps=5):
    return [(torch.randn(bs, steps, 3), torch.randn(bs)) for _ in range(n)]


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    torch.manual_seed(5)
    model = build_model(CONFIG)
    trainer = EarlyStopTrainer(model, CONFIG)
    print(trainer.fit(batches(3), batches(2)))
