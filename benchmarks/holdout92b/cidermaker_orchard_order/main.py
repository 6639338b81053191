# expect: clean
"""Cidermaker orchard: classify apple varieties from refractometer sweeps.

Phases are named in a YAML-like settings block and looked up in a registry.
"""
import torch

from cider import Engine
from cider.model import SweepNet

SETTINGS = """
seed: 11
hidden: 8
lr: 0.02
phases: warmup, vat, calibrate
"""


def parse(text):
    out = {}
    for line in text.strip().splitlines():
        key, val = (s.strip() for s in line.split(":", 1))
        if "," in val:
            out[key] = [v.strip() for v in val.split(",")]
        else:
            try:
                out[key] = int(val)
            except ValueError:
                try:
                    out[key] = float(val)
                except ValueError:
                    out[key] = val
    return out


if __name__ == "__main__":
    cfg = parse(SETTINGS)
    torch.manual_seed(cfg["seed"])
    engine = Engine(SweepNet(hidden=cfg["hidden"]), cfg)
    for name, result in engine.run():
        print(name, result)
