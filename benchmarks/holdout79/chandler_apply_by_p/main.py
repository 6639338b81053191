# expect: clean
"""Chandler wick-burn rates: deterministic fine-tuning with dropout switched off via Module.apply."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch

from chandler import BurnModel, finetune

if __name__ == "__main__":
    torch.manual_seed(8)
    model = BurnModel(n_in=3, hidden=8, layers=2, dropout=0.2)
    curve = finetune(model, {"steps": 4, "lr": 5e-3, "deterministic": True})
    print("curve", [round(c, 3) for c in curve])
