# expect: crash
"""Locksmiths' pin stacks: predict the shear-line set from a raking trace.

Batches come from a generator that switches the model's mode between the
fitting and the scoring part of each epoch; a __call__-driven step object
consumes them. `dynamic_eval` adapts on the scored locks too.
"""
import torch

from pins.model import PinStackNet
from pins.stream import epoch_stream
from pins.steps import Step

CONFIG = {"hidden": 8, "lr": 0.01, "epochs": 2, "dynamic_eval": True, "dyn_lr": 1e-3}


def main():
    torch.manual_seed(37)
    model = PinStackNet(CONFIG["hidden"])
    step = Step(model, CONFIG)
    for epoch in range(CONFIG["epochs"]):
        for phase, batch in epoch_stream(model, n_fit=3, n_score=2):
            step(phase, batch)
        print(f"epoch {epoch}: {step.summary()}")


if __name__ == "__main__":
    main()
