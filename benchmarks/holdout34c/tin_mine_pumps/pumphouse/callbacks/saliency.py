import torch

from .base import Callback


class GaugeSaliency(Callback):
    """Which gauge drives the forecast? Mean |d level / d input| per gauge on one val batch."""

    def __init__(self, every=1):
        self.every = every
        self.history = []

    def on_validation_end(self, loop, logs):
        if logs["epoch"] % self.every:
            return
        x, _ = loop.val_data[0]
        x = x.clone().requires_grad_(True)
        level = loop.model(x)
        (grad,) = torch.autograd.grad(level.sum(), x)  # TM001-here
        per_gauge = grad.abs().mean(dim=(0, 1))
        self.history.append(per_gauge.tolist())
        print("gauge saliency", [round(v, 3) for v in per_gauge.tolist()])
