# expect: clean
"""Ostler stable-occupancy forecaster with test-time training on each evaluation batch; the adaptation step re-enters train mode."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402
from ostler import StallForecaster, fit, evaluate_with_ttt  # noqa: E402

CONFIG = {"hidden": 8, "epochs": 2, "lr": 0.01, "ttt_lr": 0.001}

if __name__ == "__main__":
    torch.manual_seed(3)
    model = StallForecaster(n_feat=4, hidden=CONFIG["hidden"])
    fit(model, CONFIG)
    print("ttt eval loss", evaluate_with_ttt(model, CONFIG))
