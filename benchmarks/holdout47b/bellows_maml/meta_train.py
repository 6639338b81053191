# expect: crash
"""Blacksmith bellows: meta-learn an airflow predictor that adapts to a new forge in a few steps
(second-order MAML). Each task is one forge with its own leak coefficient."""
import torch

from forge import BellowsNet, sample_task
from forge.meta import MetaLearner


def main():
    torch.manual_seed(23)
    net = BellowsNet(hidden=8)
    learner = MetaLearner(net, inner_lr=0.05, inner_steps=1, first_order=False)
    for it in range(3):
        tasks = [sample_task() for _ in range(2)]
        print("meta-iter", it, "loss", round(learner.outer_step(tasks), 4))


if __name__ == "__main__":
    main()
