# expect: crash
"""tubmaker: leak forecaster; phases are listed in a YAML-like config string."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

from tubs import Engine, parse_config  # noqa: E402

CONFIG = """
model:
  hidden: 8
  n_in: 3
train:
  lr: 0.01
  steps: 2
  cudnn: true
phases: fit, evaluate, relevance, fit
"""


def main():
    cfg = parse_config(CONFIG)
    engine = Engine(cfg)
    for name in cfg["phases"]:
        out = engine.run_phase(name)
        print(name, out)


if __name__ == "__main__":
    main()
