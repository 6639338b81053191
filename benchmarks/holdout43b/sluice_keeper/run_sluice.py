# expect: clean
"""Sluice keepers: predict whether a sluice gate must be opened in the next
tide window from upstream gauge readings. The schedule of phases is read
from a YAML-like settings block and driven by sluice.engine."""
import torch

from sluice import build_model, parse_settings, run_schedule

SETTINGS = """
model:
  hidden: 10
  features: 4
  window: 8
schedule:
  - warmup
  - evaluate
  - calibrate
  - evaluate
optim:
  lr: 0.01
  steps: 3
"""


def main():
    torch.manual_seed(4)
    cfg = parse_settings(SETTINGS)
    model = build_model(cfg["model"])
    report = run_schedule(model, cfg)
    for name, value in report:
        print(f"{name:>10}: {value:.4f}")


if __name__ == "__main__":
    main()
