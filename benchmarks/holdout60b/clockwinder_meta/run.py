# expect: crash
"""Clockwinder: second-order MAML over tower clocks, from a src/ layout."""
import os
import sys

import torch
import torch.nn as nn

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

from clockwind import ClockTasks, MetaLearner  # noqa: E402

torch.manual_seed(9)


class DriftNet(nn.Module):
    def __init__(self, h=8):
        super().__init__()
        self.rnn = nn.RNN(1, h, batch_first=True)
        self.out = nn.Linear(h, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1]).squeeze(-1)


CONFIG = {"meta_lr": 1e-3, "inner_lr": 0.05, "inner_steps": 2, "first_order": False, "iterations": 3}


def main(cfg=CONFIG):
    learner = MetaLearner(DriftNet(), meta_lr=cfg["meta_lr"], inner_lr=cfg["inner_lr"],
                          inner_steps=cfg["inner_steps"], first_order=cfg["first_order"])
    tasks = ClockTasks()
    for it in range(cfg["iterations"]):
        print(f"iter {it} meta-loss {learner.meta_step(tasks):.4f}")


if __name__ == "__main__":
    main()
