# expect: clean
"""Woodward patrol: poaching-risk sequence classifier on a hand-written Lightning-like module and loop."""
import torch

from woodward import Loop
from woodward.tasks import PatrolRiskTask


def main():
    torch.manual_seed(12)
    task = PatrolRiskTask(n_feat=4, hidden=10)
    loop = Loop(max_epochs=2, steps_per_epoch=3, sanity_steps=1)
    metrics = loop.fit(task)
    print("final", metrics)


if __name__ == "__main__":
    main()
