# expect: crash
"""Quillmaker: nib-pressure profiles per scribe; MAML over scribes (second order)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from quillmaker import NibNet, MetaLearner, sample_task  # noqa: E402

SETTINGS = {"inner_lr": 0.1, "inner_steps": 1, "meta_lr": 1e-3, "tasks_per_batch": 2, "iterations": 2}


def main():
    torch.manual_seed(9)
    net = NibNet(d=3, h=8)
    learner = MetaLearner(net, **{k: SETTINGS[k] for k in ("inner_lr", "inner_steps", "meta_lr")})
    for it in range(SETTINGS["iterations"]):
        tasks = [sample_task(seed=it * 10 + t) for t in range(SETTINGS["tasks_per_batch"])]
        print("iter", it, "meta loss", round(learner.outer_step(tasks), 4))


if __name__ == "__main__":
    main()
