# expect: crash
"""Falcon telemetry: classify flight behaviour (soar / stoop / flap) from GPS+IMU tags.

The trainer is an iterator: each `next()` runs one optimisation step and yields
its metrics, so the script decides when to stop.
"""
import itertools
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from falconry import FlightTagger, StepTrainer, flat_minimum_loss  # noqa: E402


def tag_stream(batch=4, t=10, feats=5):
    while True:
        x = torch.randn(batch, t, feats)
        y = (x[..., 2].mean(1) > 0).long() + (x[..., 3].mean(1) > 0.3).long()
        yield x, y


def main():
    torch.manual_seed(17)
    model = FlightTagger(feats=5, hidden=8, classes=3)
    trainer = StepTrainer(model, tag_stream(), objective=flat_minimum_loss(rho=0.05))
    for metrics in itertools.islice(trainer, 4):
        print(metrics)


if __name__ == "__main__":
    main()
