# expect: crash
"""Milliner's steaming rig: predict how far a felt hat brim relaxes from the
steam/temperature trace.  Steps are closures built by factories and run from a
phase schedule."""
import logging

import torch

from rig import BrimNet, steam_traces
from steps import make_steps

logging.basicConfig(level=logging.WARNING)

SCHEDULE = ["fit", "fit", "check", "fit", "fit", "check"]


def main():
    torch.manual_seed(4)
    model = BrimNet(n_in=2, hidden=8)
    model.train()
    steps = make_steps(model, lr=5e-3)
    batches = steam_traces(n=len(SCHEDULE), batch=4, steps=6)
    results = []
    for phase, batch in zip(SCHEDULE, batches):
        results.append((phase, round(steps[phase](batch), 4)))
    print(results)


if __name__ == "__main__":
    main()
