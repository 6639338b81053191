# expect: clean
"""Charcoal-clamp temperature forecaster with plateau restarts from the best weights (state dict)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from kiln import ClampForecaster, Engine, RestoreBestOnPlateau  # noqa: E402

SETTINGS = {"epochs": 5, "batches": 2, "lr": 2e-2, "patience": 1, "hidden": 8}

if __name__ == "__main__":
    torch.manual_seed(10)
    model = ClampForecaster(hidden=SETTINGS["hidden"])
    engine = Engine(model, SETTINGS, callbacks=[RestoreBestOnPlateau(patience=SETTINGS["patience"])])
    engine.run()
    print("val history", [round(v, 4) for v in engine.val_history])
