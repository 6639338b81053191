"""Callbacks for the night-soil cart notebook's little training loop."""
import torch


class Callback:
    def on_epoch_end(self, loop, epoch):
        pass

    def on_validation_end(self, loop, metrics):
        pass


class PrintMetrics(Callback):
    def on_validation_end(self, loop, metrics):
        print('val', {k: round(v, 4) for k, v in metrics.items()})


class SaliencyLogger(Callback):
    """Logs which time step the model relies on most, using the validation batch."""

    def __init__(self, every=1):
        self.every = every
        self.history = []

    def on_epoch_end(self, loop, epoch):
        if epoch % self.every:
            return
        x = loop.val_x[:4].clone().requires_grad_(True)
        loop.model(x).sum().backward()  # TM001-here
        self.history.append(x.grad.abs().sum(-1).argmax(1).tolist())
        loop.model.zero_grad()
