# expect: crash
"""Toll-house keepers: adapt a traffic-count model to each turnpike with a MAML-style inner loop."""
import torch

from tollhouse.meta import MetaLearner
from tollhouse.tasks import sample_gates
from tollhouse.net import CountNet

ENGINE_CONFIG = {
    "inner_lr": 0.1,
    "inner_steps": 1,
    "outer_lr": 1e-3,
    "meta_batch": 2,
    "iterations": 2,
    "first_order": False,
}


def main():
    torch.manual_seed(18)
    learner = MetaLearner(CountNet(hidden=6), ENGINE_CONFIG)
    for it in range(ENGINE_CONFIG["iterations"]):
        loss = learner.outer_step(sample_gates(ENGINE_CONFIG["meta_batch"]))
        print("iter", it, "meta loss", round(loss, 4))


if __name__ == "__main__":
    main()
