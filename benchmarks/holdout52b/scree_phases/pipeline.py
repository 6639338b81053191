# expect: crash
"""Scree: rockfall-risk sequences from slope sensors. A phase plan written in a
YAML-like block drives warm-up, gradient-based pruning scores, pruning and fine-tuning."""
import torch

from scree import build_model, parse_plan, run_plan

PLAN = """
model: slope_lstm
hidden: 8
phases:
  - name: warmup
    mode: train
    grad: true
    epochs: 2
  - name: score
    mode: eval
    grad: true
  - name: prune
    amount: 0.3
  - name: finetune
    mode: train
    grad: true
    epochs: 1
"""


def data(n=3, batch=4, steps=6):
    return [(torch.randn(batch, steps, 4), torch.rand(batch)) for _ in range(n)]


if __name__ == "__main__":
    torch.manual_seed(10)
    plan = parse_plan(PLAN)
    model = build_model(plan["model"], hidden=int(plan["hidden"]))
    report = run_plan(model, plan["phases"], train=data(), val=data(1))
    for line in report:
        print(line)
