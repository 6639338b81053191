import torch

from .base import Callback


class SaliencyLogger(Callback):
    """Logs which time steps of the first validation batch drive the prediction."""

    def __init__(self):
        self.maps = []

    def on_validation_end(self, trainer, module, val_data):
        x, _ = val_data[0]
        x = x.clone().requires_grad_(True)
        with torch.enable_grad():
            out = module(x).sum()
            out.backward()  # TM001-here
        self.maps.append(x.grad.abs().sum(-1).mean(0))
        module.zero_grad(set_to_none=True)
