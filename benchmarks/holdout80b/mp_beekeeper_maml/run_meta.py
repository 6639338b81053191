# expect: crash
"""Beehive hum-to-swarm-risk regression across apiaries: second-order MAML with a GRU."""
import torch

from hive import HumGRU, MetaLearner, sample_tasks


if __name__ == "__main__":
    torch.manual_seed(13)
    net = HumGRU()
    learner = MetaLearner(net, inner_lr=0.1, inner_steps=1, first_order=False)
    for it in range(2):
        loss = learner.outer_step(sample_tasks(n_tasks=2))
        print(f"meta-iter {it} query loss {loss:.3f}")
