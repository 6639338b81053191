# expect: crash
"""Sail-trim prediction from wind telemetry."""
import logging
import os
import sys

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

from sailor import Trainer, build_model  # noqa: E402

CFG = {"model": "trim_lstm", "model_args": {"n_in": 4, "hidden": 8}, "lr": 0.05, "epochs": 2}


def main():
    logging.basicConfig(level=logging.INFO)
    torch.manual_seed(6)
    model = build_model(CFG)
    batches = [(torch.randn(4, 6, 4), torch.randn(4, 1)) for _ in range(3)]
    trainer = Trainer(model, CFG)
    trainer.fit(batches)
    print("history", trainer.history)


if __name__ == "__main__":
    main()
