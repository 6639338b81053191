# expect: crash
"""Glue setting-time regression across recipes: second-order MAML over a GRU learner."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from gluepot import RecipeSampler, SetTimeGRU, outer_step  # noqa: E402

CONFIG = {"inner_lr": 0.1, "inner_steps": 1, "meta_lr": 1e-3, "tasks_per_batch": 2, "iterations": 2,
          "first_order": False}

if __name__ == "__main__":
    torch.manual_seed(8)
    learner = SetTimeGRU(hidden=6)
    meta_opt = torch.optim.Adam(learner.parameters(), lr=CONFIG["meta_lr"])
    sampler = RecipeSampler()
    for it in range(CONFIG["iterations"]):
        learner.train()
        loss = outer_step(learner, sampler.sample(CONFIG["tasks_per_batch"]), meta_opt, CONFIG)
        print(it, loss)
