# expect: crash
"""Barrel-stave moisture sequences: engine driven by a config dict with named phases."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

from cooper import Engine, build_model  # noqa: E402

CONFIG = {
    "model": {"name": "stave_lstm", "n_in": 4, "hidden": 8},
    "optim": {"lr": 0.01},
    "schedule": ["fit", "fit", "validate", "relevance"],
    "phases": {
        "fit": {"mode": "train", "grad": True},
        "validate": {"mode": "eval", "grad": False},
        "relevance": {"mode": "eval", "grad": True},
    },
}

if __name__ == "__main__":
    engine = Engine(build_model(CONFIG["model"]), CONFIG)
    for line in engine.run():
        print(line)
