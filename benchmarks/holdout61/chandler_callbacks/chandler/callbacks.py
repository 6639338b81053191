"""Callbacks for the tallow chandler's wick-burn model."""
import torch


class Callback:
    order = 0

    def on_fit_start(self, loop): ...
    def on_epoch_start(self, loop): ...
    def on_batch_end(self, loop): ...
    def on_epoch_end(self, loop): ...


class LossPrinter(Callback):
    order = 10

    def on_epoch_end(self, loop):
        print(f"epoch {loop.epoch}: {sum(loop.losses) / len(loop.losses):.4f}")
        loop.losses.clear()


class BurnProbe(Callback):
    """Measures the model on a fixed probe set before each epoch."""

    order = 5

    def __init__(self, probe):
        self.probe = probe
        self.trace = []

    def on_epoch_start(self, loop):
        loop.model.eval()
        with torch.no_grad():
            self.trace.append(loop.model(self.probe).mean().item())


class ModeKeeper(Callback):
    order = 20

    def on_epoch_start(self, loop):
        loop.model.train()
