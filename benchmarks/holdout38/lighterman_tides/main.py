# expect: clean
"""Lightermen's tide windows: predict safe-passage minutes from river gauge series.

After each epoch the saliency hook switches the model to deterministic behaviour
and logs which gauges matter most.
"""
import torch

from lighter import build, Engine
from lighter.hooks import GaugeSaliency

CONFIG = {"gauges": 3, "hidden": 8, "epochs": 2, "batch": 4, "steps": 6, "lr": 1e-2}


def main():
    torch.manual_seed(10)
    model = build(CONFIG)
    engine = Engine(model, CONFIG)
    engine.add_hook("epoch_end", GaugeSaliency())
    engine.fit()
    print("done")


if __name__ == "__main__":
    main()
