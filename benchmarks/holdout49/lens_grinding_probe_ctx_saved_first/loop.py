import torch
from torch import nn


class GrindLoop:
    def __init__(self, model, callbacks=(), lr=5e-3):
        self.model = model
        self.callbacks = list(callbacks)
        self.opt = torch.optim.SGD(model.parameters(), lr=lr)

    def _fire(self, hook, *args):
        for cb in self.callbacks:
            fn = getattr(cb, hook, None)
            if fn is not None:
                fn(self, *args)

    def run(self, batches):
        self.model.train()
        self._fire("on_fit_start")
        for step, (x, y) in enumerate(batches):
            self.opt.zero_grad()
            loss = nn.functional.smooth_l1_loss(self.model(x), y)
            loss.backward()
            self.opt.step()
            self._fire("on_batch_end", step, loss.item())
        self._fire("on_fit_end")
