import torch
import torch.nn.functional as F


class HookTrainer:
    def __init__(self, model, lr, callbacks=()):
        self.model = model
        self.callbacks = list(callbacks)
        self.opt = torch.optim.SGD(model.parameters(), lr=lr)
        self.metrics = {}

    def _fire(self, hook, *args):
        for cb in self.callbacks:
            fn = getattr(cb, hook, None)
            if fn is not None:
                fn(self, *args)

    def _train_batch(self, x, y):
        loss = F.cross_entropy(self.model(x), y)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        self._fire("on_train_batch_end", loss.item())

    def _validate(self, val):
        self._fire("on_validation_start")
        with torch.no_grad():
            for x, y in val:
                self._fire("on_validation_batch_end", self.model(x), y)
        self._fire("on_validation_end")

    def fit(self, train, val, epochs):
        self.model.train()
        for epoch in range(epochs):
            self._fire("on_train_epoch_start")
            for x, y in train:
                self._train_batch(x, y)
            self._validate(val)
