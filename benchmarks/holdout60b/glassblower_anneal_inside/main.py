# expect: crash
"""Glassblower annealing lehr: run the phases listed in the config through the engine."""
import torch

from glassworks import Engine, LehrNet, parse_config

torch.manual_seed(10)

CONFIG = """
lr: 0.01
hidden: 10
phases:
  - fit
  - validate
  - sensitivity
  - fit
  - validate
"""


def batches(n, bs=4, T=6):
    return [(torch.randn(bs, T, 4), torch.randn(bs)) for _ in range(n)]


if __name__ == "__main__":
    cfg = parse_config(CONFIG)
    engine = Engine(LehrNet(hidden=cfg["hidden"]), cfg, batches(3), batches(2))
    for name, value in engine.run():
        print(name, value)
