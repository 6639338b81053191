# expect: crash
"""Canoe slalom: predict gate-touch penalties from a paddler's split times and
boat-angle trace through the gates.

Warm-starts from the released scorer (built for inference) and fine-tunes it
on this season's runs with a step object produced by a factory.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from slalom import build, make_train_step, season_runs  # noqa: E402


def main():
    torch.manual_seed(27)
    model = build("gate_scorer", hidden=8, for_inference=True)
    step = make_train_step(model, lr=3e-3)
    for i, (x, y) in enumerate(season_runs(16)):
        loss = step(x, y)
        print(f"batch {i} loss {loss:.4f}")


if __name__ == "__main__":
    main()
