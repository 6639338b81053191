# expect: clean
"""Wattle-panel weave-density regression (wattler coppice yard).
Phases come from a YAML-like schedule: warm-up, a linear probe on frozen features, then
full fine-tuning."""
import torch

from wattlerkit import PanelNet, load_schedule, run_schedule

SCHEDULE = """
phases:
  - name: warmup
    mode: train
    steps: 3
    trainable: all
  - name: probe
    mode: eval
    steps: 3
    trainable: head
  - name: finetune
    mode: train
    steps: 3
    trainable: all
"""


def main():
    torch.manual_seed(8)
    model = PanelNet(feat=4, hidden=10)
    schedule = load_schedule(SCHEDULE)
    for name, loss in run_schedule(model, schedule):
        print(f"{name:9s} {loss:.4f}")


if __name__ == "__main__":
    main()
