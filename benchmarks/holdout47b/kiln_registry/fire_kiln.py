# expect: crash
"""Pottery-kiln firing curves: models come from a registry, phases from a YAML-like plan."""
import torch

from kilnlab import build, run_plan, parse_plan

PLAN = """
model: glaze_gru
hidden: 8
phases:
  - pretrain: train 3
  - calibrate: eval 1
  - finetune: eval 2
"""


def main():
    torch.manual_seed(22)
    plan = parse_plan(PLAN)
    model = build(plan["model"], hidden=int(plan["hidden"]))
    for name, log in run_plan(model, plan["phases"]):
        print(name, log)


if __name__ == "__main__":
    main()
