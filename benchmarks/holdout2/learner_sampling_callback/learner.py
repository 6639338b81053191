"""fastai-flavoured Learner: events are strings, callbacks are called by event name through getattr."""
import torch


class CancelBatch(Exception):
    pass


class Learner:
    _events = ("before_fit", "before_epoch", "before_batch", "after_loss", "after_batch", "after_epoch", "after_fit")

    def __init__(self, model, data, loss_func, lr=1e-2, cbs=()):
        self.model, self.data, self.loss_func = model, data, loss_func
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.cbs = []
        for cb in cbs:
            self.add_cb(cb)

    def add_cb(self, cb):
        cb.learn = self
        self.cbs.append(cb)

    def __call__(self, event):
        for cb in self.cbs:
            getattr(cb, event, lambda: None)()

    def one_batch(self, xb, yb):
        self.xb, self.yb = xb, yb
        try:
            self("before_batch")
            self.pred = self.model(self.xb)
            self.loss = self.loss_func(self.pred, self.yb)
            self("after_loss")
            self.loss.backward()
            self.opt.step()
            self.opt.zero_grad()
        except CancelBatch:
            pass
        self("after_batch")

    def fit(self, n_epoch):
        self.n_epoch = n_epoch
        self("before_fit")
        for self.epoch in range(n_epoch):
            self.model.train()
            self("before_epoch")
            for self.iter, (xb, yb) in enumerate(self.data):
                self.one_batch(xb, yb)
            self("after_epoch")
        self("after_fit")
