# expect: crash
"""Maple sap-flow forecasting for a sugar bush: learn the scale of the jitter
augmentation applied to tap-line pressure sequences by a one-step hypergradient.

Two runs with different seeds; the model factory is cached per run and reset between."""
import torch

from sapflow.data import tap_batches
from sapflow.meta import HyperNoiseTuner, make_model


def run(seed):
    torch.manual_seed(seed)
    make_model.cache_clear()
    model = make_model(hidden=8)
    tuner = HyperNoiseTuner(model, inner_lr=0.05, hyper_lr=0.1)
    train, val = tap_batches(seed)
    for step in range(3):
        sigma = tuner.step(train, val)
    return sigma


if __name__ == "__main__":
    for seed in (0, 1):
        print("seed", seed, "sigma", round(run(seed), 4))
