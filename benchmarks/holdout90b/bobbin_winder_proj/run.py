# expect: crash
"""Entry point: bobbin winder tension forecasting, phases driven by a YAML-like config dict."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

from bobbin import build_model, Engine  # noqa: E402

CONFIG = {
    "model": {"name": "lstm_tension", "hidden": 8, "features": 3},
    "optim": {"lr": 0.01},
    "phases": [
        {"name": "pretrain", "mode": "train", "steps": 3},
        {"name": "calibrate", "mode": "eval", "steps": 2},
        {"name": "finetune", "mode": "keep", "steps": 3},
    ],
}


def main():
    model = build_model(CONFIG["model"])
    engine = Engine(model, CONFIG)
    report = engine.run()
    for name, val in report.items():
        print(f"{name:10s} {val:.4f}")


if __name__ == "__main__":
    main()
