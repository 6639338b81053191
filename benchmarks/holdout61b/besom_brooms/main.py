# expect: crash
"""Besom brooms: heather-binding tension model; phases read by name from a YAML-like settings string."""
import torch

from besom.config import parse_settings
from besom.engine import Engine

SETTINGS = """
model:
  hidden: 8
  inputs: 3
phases:
  - warmup
  - evaluate
  - finetune
  - evaluate
steps: 2
lr: 0.003
"""


def main():
    torch.manual_seed(15)
    cfg = parse_settings(SETTINGS)
    engine = Engine(cfg)
    for name in cfg["phases"]:
        result = engine.run_phase(name)
        print(name, round(result, 4))


if __name__ == "__main__":
    main()
