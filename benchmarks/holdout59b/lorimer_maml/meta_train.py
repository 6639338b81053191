# expect: crash
"""Lorimer bit-wear: second-order MAML over horses (tasks) with a GRU regressor."""
import torch

from bridle import WearGRU, MetaLearner, task_sampler


def main():
    torch.manual_seed(11)
    net = WearGRU(n_in=3, hidden=8)
    learner = MetaLearner(net, inner_lr=0.1, outer_lr=1e-3, inner_steps=1)
    tasks = task_sampler(n_tasks=2)
    for it in range(2):
        print(f"meta-iter {it}: query loss {learner.meta_step(tasks()):.4f}")


if __name__ == "__main__":
    main()
