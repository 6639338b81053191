# expect: crash
"""Scavenger-route meta-learning: second-order MAML over per-district GRU forecasters."""
import torch

from scavmeta import RouteNet, MetaLearner, sample_tasks

SETTINGS = dict(inner_lr=0.05, inner_steps=1, outer_lr=1e-3, first_order=False, meta_batch=3, iters=2)


def main():
    torch.manual_seed(6)
    net = RouteNet(n_in=3, hidden=8)
    learner = MetaLearner(net, **{k: v for k, v in SETTINGS.items() if k != "iters"})
    for it in range(SETTINGS["iters"]):
        loss = learner.outer_step(sample_tasks(SETTINGS["meta_batch"]))
        print(f"iter {it} meta-loss {loss:.4f}")


if __name__ == "__main__":
    main()
