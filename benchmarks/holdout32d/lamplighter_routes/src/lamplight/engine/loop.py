import torch
import torch.nn as nn


class Trainer:
    def __init__(self, model, optimizer, epochs, callbacks):
        self.model = model
        self.optimizer = optimizer
        self.epochs = epochs
        self.callbacks = callbacks
        self.state = {"step": 0, "evals": [], "loss": None}

    def _emit(self, event):
        for cb in self.callbacks:
            hook = getattr(cb, event, None)
            if hook is not None:
                hook(self)

    def step(self, x, y):
        pred = self.model(x)
        loss = nn.functional.smooth_l1_loss(pred, y)
        self.optimizer.zero_grad()
        loss.backward()
        self.optimizer.step()
        self.state["loss"] = loss.item()

    def fit(self, make_batches):
        self.model.train()
        for epoch in range(self.epochs):
            self._emit("on_epoch_start")
            for x, y in make_batches():
                self.step(x, y)
                self.state["step"] += 1
                self._emit("on_batch_end")
            self._emit("on_epoch_end")


class TrainerBuilder:
    def __init__(self):
        self._model, self._opt_name, self._opt_kw = None, "SGD", {"lr": 0.01}
        self._epochs, self._callbacks = 1, []

    def with_model(self, model):
        self._model = model
        return self

    def with_optimizer(self, name, **kw):
        self._opt_name, self._opt_kw = name, kw
        return self

    def with_epochs(self, n):
        self._epochs = n
        return self

    def add_callback(self, cb):
        self._callbacks.append(cb)
        return self

    def build(self):
        opt = getattr(torch.optim, self._opt_name)(self._model.parameters(), **self._opt_kw)
        return Trainer(self._model, opt, self._epochs, list(self._callbacks))
