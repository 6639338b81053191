# expect: clean
"""Harmonium bellows-pressure regression driven by a phase list in a YAML-like
config string."""
import torch

from harmonium import BellowsNet, load_config, run_pipeline

CONFIG = """
model:
  hidden: 10
  layers: 2
phases: pretrain, calibrate, explain, finetune
pretrain:
  steps: 3
  lr: 0.01
finetune:
  steps: 2
  lr: 0.002
explain:
  samples: 3
"""

if __name__ == "__main__":
    torch.manual_seed(31)
    cfg = load_config(CONFIG)
    model = BellowsNet(hidden=int(cfg["model"]["hidden"]), layers=int(cfg["model"]["layers"]))
    report = run_pipeline(model, cfg)
    for name, value in report.items():
        print(f"{name:>10}: {value}")
