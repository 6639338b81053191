# expect: crash
"""Slate-quarry split prediction: engine driven by a config dict with phases named by string."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

from slater import Engine, build_model  # noqa: E402

CONFIG = {
    "model": {"name": "bilstm", "n_in": 4, "hidden": 8, "n_out": 3},
    "optim": {"lr": 0.01},
    "schedule": ["warmup", "evaluate", "refine"],
    "steps": {"warmup": 3, "evaluate": 1, "refine": 2},
}

if __name__ == "__main__":
    model = build_model(CONFIG["model"])
    engine = Engine(model, CONFIG)
    history = engine.run()
    print(history)
