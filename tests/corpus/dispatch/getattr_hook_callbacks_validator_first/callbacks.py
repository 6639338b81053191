"""Epoch-end callbacks: validation (eval mode, no_grad scoring) and an input-gradient saliency logger."""
import torch


class Callback:
    order = 0

    def on_epoch_end(self, loop, epoch):
        pass


class Validator(Callback):
    order = 5

    def __init__(self, batches):
        self.batches = batches

    def on_epoch_end(self, loop, epoch):
        loop.model.eval()
        with torch.no_grad():
            hits = sum((loop.model(x).argmax(-1) == y).sum().item() for x, y in self.batches)
        print(f"epoch {epoch}: {hits} correct")


class SaliencyLogger(Callback):
    order = 10

    def __init__(self):
        self.probe = torch.randn(1, 6, 5)

    def on_epoch_end(self, loop, epoch):
        x = self.probe.clone().requires_grad_(True)
        (grad,) = torch.autograd.grad(loop.model(x).max(-1).values.sum(), x)  # TM001-here
        print(f"epoch {epoch}: saliency {grad.abs().sum().item():.3f}")
