import weakref

import torch


class ModeProbe:
    """Puts a model in eval mode for probing; the model's train mode comes back when the probe dies."""

    def __init__(self, model):
        self.model = model
        model.eval()
        self._fin = weakref.finalize(self, model.train)

    @torch.no_grad()
    def accuracy(self, x, y):
        return float((self.model(x).argmax(-1) == y).float().mean())
