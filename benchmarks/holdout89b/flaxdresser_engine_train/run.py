# expect: clean
"""Flax-dresser fibre-grade pipeline driven by a YAML-like phase table."""
import sys
import os

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

from flaxdresser import Engine, build_model  # noqa: E402

CONFIG = {
    "model": {"name": "bigru", "hidden": 8, "n_feat": 4, "n_cls": 3},
    "optim": {"lr": 0.01},
    "phases": ["fit", "calibrate", "fit"],
    "fit": {"steps": 3, "batch": 4, "seq": 6},
    "calibrate": {"batches": 2},
}

if __name__ == "__main__":
    model = build_model(CONFIG["model"])
    engine = Engine(model, CONFIG)
    log = engine.run()
    for row in log:
        print(row)
