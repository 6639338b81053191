import torch


class Callback:
    order = 0
    learn = None

    def __call__(self, event_name):
        fn = getattr(self, event_name, None)
        if fn is not None:
            fn()


class Learner:
    """fastai-style Learner: the training loop fires named events on its callbacks."""

    def __init__(self, dls, model, loss_func, lr=1e-3, cbs=()):
        self.dls, self.model, self.loss_func, self.lr = dls, model, loss_func, lr
        self.cbs = sorted(cbs, key=lambda c: c.order)
        for cb in self.cbs:
            cb.learn = self
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)

    def __call__(self, event_name):
        for cb in self.cbs:
            cb(event_name)

    def one_batch(self, xb, yb):
        self.xb, self.yb = xb, yb
        self("before_batch")
        self.pred = self.model(self.xb)
        self.loss = self.loss_func(self.pred, self.yb)
        self("after_loss")
        self.loss.backward()  # TM003-here
        self("after_backward")
        self.opt.step()
        self.opt.zero_grad()

    def fit(self, n_epoch):
        self("before_fit")
        for self.epoch in range(n_epoch):
            self.model.train()
            self("before_epoch")
            for xb, yb in self.dls["train"]:
                self.one_batch(xb, yb)
            self("after_epoch")
        self("after_fit")
