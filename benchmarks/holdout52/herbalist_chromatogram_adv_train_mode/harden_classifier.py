# expect: clean
"""Herbalist: adversarially hardened herb classifier on chromatography traces.

Settings are the ones from the last run's sheet; the attack perturbs the trace
within an L-inf ball before every update.
"""
import argparse
import json

import torch

from apothecary.loop import Workbench
from apothecary.models import TraceClassifier

SETTINGS = json.loads("""
{
  "model": {"channels": 3, "hidden": 10, "herbs": 5},
  "attack": {"eps": 0.05, "steps": 2, "alpha": 0.03, "model_mode": "train"},
  "optim": {"lr": 0.004, "epochs": 2},
  "data": {"n": 16, "length": 11, "batch": 4}
}
""")


def parse():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--seed", type=int, default=11)
    return p.parse_args()


def main():
    args = parse()
    torch.manual_seed(args.seed)
    d = SETTINGS["data"]
    x = torch.randn(d["n"], d["length"], SETTINGS["model"]["channels"])
    y = torch.randint(0, SETTINGS["model"]["herbs"], (d["n"],))
    bench = Workbench(TraceClassifier(**SETTINGS["model"]), SETTINGS)
    history = bench.run(x, y, d["batch"])
    print(json.dumps(history[-1]))


if __name__ == "__main__":
    main()
