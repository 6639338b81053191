import torch
from torch import nn

HOOKS = ("on_fit_start", "on_epoch_start", "on_epoch_end", "on_fit_end")


class Trainer:
    def __init__(self, model, callbacks=(), epochs=3, lr=1e-2):
        self.model = model
        self.callbacks = sorted(callbacks, key=lambda c: c.order)
        self.epochs = epochs
        self.opt = torch.optim.RMSprop(model.parameters(), lr=lr)
        self.step = 0

    def _fire(self, hook):
        for cb in self.callbacks:
            fn = getattr(cb, hook, None)
            if fn is not None:
                fn(self)

    def fit(self, batches):
        self.model.train()
        self._fire("on_fit_start")
        for _ in range(self.epochs):
            self._fire("on_epoch_start")
            for x, y in batches:
                loss = nn.functional.cross_entropy(self.model(x), y)
                self.opt.zero_grad()
                loss.backward()  # TM001-here
                self.opt.step()
                self.step += 1
            self._fire("on_epoch_end")
        self._fire("on_fit_end")
