# expect: clean
"""Few-shot soot build-up forecasting per chimney with first-order MAML over a GRU regressor."""
import os
import sys

import torch
import torch.nn as nn

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))
from sweep import MetaLearner, sample_task  # noqa: E402

CFG = {"meta_lr": 1e-3, "inner_lr": 0.1, "inner_steps": 1, "first_order": True,
       "tasks_per_batch": 3, "meta_iters": 3}


class FlueGRU(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(3, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.out(h[:, -1])


if __name__ == "__main__":
    torch.manual_seed(6)
    learner = MetaLearner(FlueGRU(), CFG)
    for it in range(CFG["meta_iters"]):
        tasks = [sample_task() for _ in range(CFG["tasks_per_batch"])]
        print(it, round(learner.meta_step(tasks), 4))
