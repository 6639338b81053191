import torch


class Loop:
    def __init__(self, model, loss_fn, opt, callbacks=()):
        self.model = model
        self.loss_fn = loss_fn
        self.opt = opt
        self.callbacks = sorted(callbacks, key=lambda c: c.order)
        self.logs = {}

    def _fire(self, hook):
        for cb in self.callbacks:
            getattr(cb, hook)(self)

    def step(self, x, y):
        self.opt.zero_grad()
        loss = self.loss_fn(self.model(x), y)
        loss.backward()
        self.opt.step()
        return loss.item()

    def fit(self, batches, epochs):
        self.model.train()
        self._fire("on_fit_start")
        for _ in range(epochs):
            losses = [self.step(x, y) for x, y in batches]
            self.logs.setdefault("train", []).append(sum(losses) / len(losses))
            self._fire("on_epoch_end")
        self._fire("on_fit_end")
        return self.logs
