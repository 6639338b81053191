# expect: clean
"""Beehive brood-temperature forecasting on a netweaver-like engine: phases named in a YAML-like config."""
import torch

from netweaver import Engine, parse_config

CONFIG = """
model:
  hidden: 10
  layers: 2
optim:
  lr: 0.01
phases: [probe, fit, probe, fit, probe]
"""


def main():
    torch.manual_seed(12)
    cfg = parse_config(CONFIG)
    engine = Engine(cfg)
    data = (torch.randn(6, 8, 3), torch.randn(6, 1))
    for record in engine.run(data):
        print(record)


if __name__ == "__main__":
    main()
