import torch


class Trainer:
    EVENTS = ("fit_start", "epoch_start", "batch_end", "epoch_end", "fit_end")

    def __init__(self, model, optimizer, loss_fn, callbacks=(), epochs=1):
        self.model = model
        self.optimizer = optimizer
        self.loss_fn = loss_fn
        self.callbacks = list(callbacks)
        self.epochs = epochs
        self.state = {"epoch": 0, "loss": None}

    def fire(self, event, **kw):
        for cb in self.callbacks:
            hook = getattr(cb, "on_" + event, None)
            if hook is not None:
                hook(self, **kw)

    def _step(self, x, y):
        loss = self.loss_fn(self.model(x), y)
        self.optimizer.zero_grad()
        loss.backward()  # TM001-here
        self.optimizer.step()
        return loss.detach()

    def fit(self, batches):
        self.model.train()
        self.fire("fit_start")
        for epoch in range(self.epochs):
            self.state["epoch"] = epoch
            self.fire("epoch_start")
            for x, y in batches:
                self.state["loss"] = self._step(x, y)
                self.fire("batch_end")
            self.fire("epoch_end")
        self.fire("fit_end")
        return self.state
