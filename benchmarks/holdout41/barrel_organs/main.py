# expect: clean
"""Barrel-organ pinned-roll tempo: a pretrained frozen recurrent encoder read straight from the pin sensors."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

from organ import *  # noqa: F401,F403  (Pipeline, fit, sensor_batches)

if __name__ == "__main__":
    import torch

    torch.manual_seed(16)
    pipe = Pipeline(n_sensors=5, hidden=8)
    history = fit(pipe, sensor_batches(6), epochs=2)
    print("losses", [round(v, 4) for v in history])
