import torch
from torch import nn


class Trainer:
    HOOKS = ("on_fit_start", "on_epoch_start", "on_batch_end", "on_epoch_end", "on_fit_end")

    def __init__(self, model, callbacks=(), epochs=3, lr=5e-3):
        self.model = model
        self.callbacks = list(callbacks)
        self.epochs = epochs
        self.opt = torch.optim.SGD(model.parameters(), lr=lr, momentum=0.9)
        self.crit = nn.CrossEntropyLoss()
        self.state = {"epoch": 0, "step": 0, "loss": None}

    def _fire(self, hook):
        for cb in self.callbacks:
            fn = getattr(cb, hook, None)
            if fn is not None:
                fn(self)

    def _step(self, x, y):
        self.opt.zero_grad()
        loss = self.crit(self.model(x), y)
        loss.backward()
        self.opt.step()
        return loss.item()

    def fit(self, loader):
        self.model.train()
        self._fire("on_fit_start")
        for epoch in range(self.epochs):
            self.state["epoch"] = epoch
            self._fire("on_epoch_start")
            for x, y in loader:
                self.state["loss"] = self._step(x, y)
                self.state["step"] += 1
                self._fire("on_batch_end")
            self._fire("on_epoch_end")
        self._fire("on_fit_end")
        return self.state
