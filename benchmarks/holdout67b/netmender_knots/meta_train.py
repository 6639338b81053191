# expect: crash
"""Net-mender knot tension: each fishing net is a task; a GRU regressor is
meta-learned with second-order MAML so it adapts to a new net from a few traces."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402
from knots import KnotRegressor, MetaLearner, sample_task  # noqa: E402

SETTINGS = dict(meta_batch=2, inner_lr=0.1, outer_lr=1e-2, iterations=2, inner_steps=1)


if __name__ == "__main__":
    torch.manual_seed(21)
    learner = MetaLearner(KnotRegressor(hidden=6), **{k: SETTINGS[k] for k in ("inner_lr", "outer_lr", "inner_steps")})
    for it in range(SETTINGS["iterations"]):
        tasks = [sample_task() for _ in range(SETTINGS["meta_batch"])]
        print(it, learner.outer_step(tasks))
