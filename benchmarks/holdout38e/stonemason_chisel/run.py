# expect: crash
"""Stonemasons' chisel wear: entry point.

Phases come from a YAML-like settings block and are looked up by name on the
engine; see src/chisel/engine/phases.py.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from chisel import WearEngine, build_model, parse_settings  # noqa: E402

SETTINGS = """
model:
  kind: lstm
  hidden: 12
  layers: 1
optim:
  lr: 0.01
schedule:
  phases: fit, probe, refit
  epochs: 2
"""


def main():
    torch.manual_seed(11)
    cfg = parse_settings(SETTINGS)
    model = build_model(cfg["model"])
    engine = WearEngine(model, cfg)
    report = engine.run()
    for name, value in report.items():
        print(f"{name:>8}: {value:.4f}")


if __name__ == "__main__":
    main()
