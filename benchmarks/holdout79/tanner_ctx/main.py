# expect: crash
"""Tannery hide-grade monitor: validation under a mode context manager, AUC can be undefined."""
import logging

import torch

from tanlab.loop import run

logging.basicConfig(level=logging.WARNING)

if __name__ == "__main__":
    torch.manual_seed(3)
    hist = run({"n_in": 3, "hidden": 8, "epochs": 3, "lr": 1e-2, "batch": 4})
    print("history", hist)
