# expect: clean
"""Dry-stone wall bulge detection from laser-level traverses.

Phases are listed by name in a YAML-like settings dict and dispatched by the
engine; a gradient-based pruning-score phase ranks hidden units on a held-out
batch before the wall model is slimmed down.
"""
import torch

from stonewall import Engine, WallProfiler

SETTINGS = {
    "model": {"hidden": 10, "features": 3},
    "optim": {"lr": 0.01},
    "phases": ["fit", "fit", "score", "report"],
    "score": {"scope": "head"},
}


def main():
    torch.manual_seed(1)
    model = WallProfiler(**SETTINGS["model"])
    engine = Engine(model, SETTINGS)
    engine.run()
    print(engine.log)


if __name__ == "__main__":
    main()
