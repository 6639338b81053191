# expect: clean
"""Lacemaker bobbin-pattern recognition with a consistency term on unlabelled pillows.

Labelled traces are scarce; unlabelled traces get a consistency loss between a
noisy view and the model's clean prediction.
"""
import argparse

import torch

from lace import ConsistencyLearner, PatternGRU


def parse():
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, default=4)
    ap.add_argument("--lam", type=float, default=0.5)
    return ap.parse_args([])


def main():
    args = parse()
    torch.manual_seed(7)
    learner = ConsistencyLearner(PatternGRU(n_in=3, hidden=6, n_cls=3), lam=args.lam)
    for step in range(args.steps):
        xl = torch.randn(4, 5, 3)
        yl = torch.randint(0, 3, (4,))
        xu = torch.randn(6, 5, 3)
        stats = learner.step(xl, yl, xu)
        print(step, {k: round(v, 3) for k, v in stats.items()})


if __name__ == "__main__":
    main()
