"""A fastai-v1-flavoured training loop: every event is a method name looked up on each callback,
called with the learner."""
import torch
import torch.nn as nn


class Callback:
    order = 0


class SwitchModes(Callback):
    def before_train(self, learn):
        learn.model.train()

    def before_validate(self, learn):
        learn.model.eval()


class ValidOnlyModes(Callback):
    """Only what validation needs: eval mode there, nothing on the way back to training."""

    def before_validate(self, learn):
        learn.model.eval()


class LossLog(Callback):
    def after_batch(self, learn):
        if learn.in_train:
            learn.smooth = 0.9 * getattr(learn, "smooth", 0.0) + 0.1 * learn.loss.item()


class Learner:
    def __init__(self, model, train_dl, valid_dl, cbs=None, lr=5e-3):
        self.model, self.train_dl, self.valid_dl = model, train_dl, valid_dl
        self.loss_func = nn.MSELoss()
        self.opt = torch.optim.SGD(model.parameters(), lr=lr)
        self.cbs = sorted(cbs, key=lambda cb: cb.order)

    def _event(self, name):
        for cb in self.cbs:
            hook = getattr(cb, name, None)
            if callable(hook):
                hook(self)

    def _batch(self, xb, yb):
        self.pred = self.model(xb)
        self.loss = self.loss_func(self.pred, yb)
        if self.in_train:
            self.loss.backward()  # TM001-here
            self.opt.step()
            self.opt.zero_grad()
        self._event("after_batch")

    def _epoch(self):
        self.in_train = True
        self._event("before_train")
        for xb, yb in self.train_dl:
            self._batch(xb, yb)
        self.in_train = False
        self._event("before_validate")
        with torch.no_grad():
            for xb, yb in self.valid_dl:
                self._batch(xb, yb)

    def fit(self, epochs):
        for _ in range(epochs):
            self._epoch()
        return self
