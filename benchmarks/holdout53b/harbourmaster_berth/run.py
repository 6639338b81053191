# expect: crash
"""Harbourmaster berth-occupancy forecaster.

Phases are read from the YAML-like PIPELINE text below and executed by harbour.engine.
"""
import torch

from harbour.engine import run_pipeline
from harbour.settings import parse_settings

PIPELINE = """
model:
  name: berth_gru
  hidden: 8
phases:
  - name: pretrain
    mode: train
    steps: 3
  - name: calibrate
    mode: eval
    steps: 2
  - name: finetune
    steps: 2
"""


def main():
    torch.manual_seed(12)
    cfg = parse_settings(PIPELINE)
    report = run_pipeline(cfg)
    for k, v in report.items():
        print(f"{k:10s} {v:.4f}")


if __name__ == "__main__":
    main()
