"""fastai-flavoured Learner: every event goes through getattr over the callback list."""
import torch


class CancelFitException(Exception):
    pass


class Callback:
    order = 0
    learn = None


class Learner:
    _events = ("before_fit", "before_epoch", "before_batch", "after_loss", "after_batch",
               "before_validate", "after_validate", "after_epoch", "after_fit")

    def __init__(self, model, train_dl, valid_dl, loss_func, lr=1e-2, cbs=None, default_cbs=True):
        from callbacks import TrainEvalCallback
        self.model, self.train_dl, self.valid_dl, self.loss_func = model, train_dl, valid_dl, loss_func
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.cbs = ([TrainEvalCallback()] if default_cbs else []) + list(cbs or [])
        for cb in self.cbs:
            cb.learn = self

    def __call__(self, event_name):
        for cb in sorted(self.cbs, key=lambda c: c.order):
            method = getattr(cb, event_name, None)
            if method is not None:
                method()

    def one_batch(self, xb, yb):
        self.xb, self.yb = xb, yb
        self("before_batch")
        self.pred = self.model(self.xb)
        self.loss = self.loss_func(self.pred, self.yb)
        self("after_loss")
        if self.training:
            self.loss.backward()
            self.opt.step()
            self.opt.zero_grad()
        self("after_batch")

    def validate(self):
        self("before_validate")
        self.training = False
        with torch.no_grad():
            for xb, yb in self.valid_dl:
                self.one_batch(xb, yb)
        self("after_validate")

    def fit(self, n_epoch):
        self.n_epoch = n_epoch
        try:
            self("before_fit")
            for self.epoch in range(n_epoch):
                self.training = True
                self("before_epoch")
                for xb, yb in self.train_dl:
                    self.one_batch(xb, yb)
                self.validate()
                self("after_epoch")
        except CancelFitException:
            pass
        self("after_fit")
