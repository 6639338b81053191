# expect: crash
import os
import sys

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))
from barge import MetaLearner, TowNet  # noqa: E402

CONFIG = {"meta_lr": 1e-3, "inner_lr": 0.05, "inner_steps": 1, "first_order": False, "meta_iters": 2}


def sample_task(k=4):
    slope = torch.randn(1)
    xs, xq = torch.randn(k, 5, 3), torch.randn(k, 5, 3)
    return xs, slope * xs.sum((1, 2)), xq, slope * xq.sum((1, 2))


if __name__ == "__main__":
    torch.manual_seed(7)
    learner = MetaLearner(TowNet(), CONFIG)
    for it in range(CONFIG["meta_iters"]):
        print("meta", it, round(learner.meta_step([sample_task() for _ in range(2)]), 4))
