# expect: clean
"""Sail-loft panel-stretch forecaster: predicts cloth stretch along a seam from tensioner logs.

Callbacks are listed in order and the loop calls their hooks by name.
"""
import torch

from loft.callbacks import ModeSwitch, PeriodicValidation, LossPrinter
from loft.training import Loop
from loft.training.model import SeamNet


def main():
    torch.manual_seed(8)
    model = SeamNet(n_in=4, hidden=12)
    valid = [(torch.randn(3, 10, 4), torch.randn(3, 1)) for _ in range(2)]
    callbacks = [PeriodicValidation(valid, every=2), ModeSwitch(), LossPrinter()]
    loop = Loop(model, callbacks, lr=2e-3)
    loop.fit([(torch.randn(3, 10, 4), torch.randn(3, 1)) for _ in range(4)], epochs=3)


if __name__ == "__main__":
    main()
