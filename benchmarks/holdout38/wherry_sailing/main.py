# expect: crash
"""Wherry sailing logs: predict leeway from wind/tide sequences.

The schedule generator owns the phases: it yields training batches and, every few
batches, runs a validation pass itself before handing out the next batch.
"""
import torch

from wherry.schedule import schedule
from wherry.step import TrainStep
from wherry.model import LeewayNet


def main():
    torch.manual_seed(14)
    model = LeewayNet(hidden=8)
    step = TrainStep(model, lr=1e-2)
    for kind, batch in schedule(model, n_batches=5, val_every=2):
        if kind == "train":
            step(batch)
    print("steps", step.n, "last", round(step.last, 4))


if __name__ == "__main__":
    main()
