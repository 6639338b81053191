import torch
import torch.nn.functional as F


class LoopTrainer:
    def __init__(self, model, callbacks=(), epochs=3):
        self.model = model
        self.callbacks = list(callbacks)
        self.epochs = epochs
        self.epoch = 0
        self.last_loss = float("nan")

    def _dispatch(self, hook):
        for cb in self.callbacks:
            fn = getattr(cb, hook, None)
            if callable(fn):
                fn(self)

    def fit(self, data):
        opt = torch.optim.Adam(self.model.parameters(), lr=5e-3)
        self.model.train()
        self._dispatch("on_fit_start")
        for self.epoch in range(self.epochs):
            self._dispatch("on_epoch_start")
            for x, y in data:
                loss = F.cross_entropy(self.model(x), y)
                opt.zero_grad()
                loss.backward()
                opt.step()
                self.last_loss = loss.item()
            self._dispatch("on_epoch_end")
