# expect: crash
"""Trug (willow basket) weave-tension classifier with test-time training per batch."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

from trugger import build_model, Engine  # noqa: E402

CONFIG = {
    "model": {"name": "weave_gru", "n_in": 4, "hidden": 10, "n_classes": 3},
    "optim": {"lr": 0.02},
    "phases": ["fit", "predict_ttt"],
    "fit": {"epochs": 2, "batches": 3},
    "predict_ttt": {"batches": 2, "adapt_lr": 0.005},
}


def main():
    model = build_model(CONFIG["model"])
    engine = Engine(model, CONFIG)
    for phase in CONFIG["phases"]:
        result = engine.run_phase(phase)
        print(phase, result)


if __name__ == "__main__":
    main()
