import torch
from torch import nn


class Engine:
    def __init__(self, model, settings, callbacks=()):
        self.model = model
        self.s = settings
        self.callbacks = callbacks
        self.opt = torch.optim.Adam(model.parameters(), lr=settings["lr"])
        self.metrics = {}
        self.epoch = 0

    def _call(self, hook):
        for cb in self.callbacks:
            if hasattr(cb, hook):
                getattr(cb, hook)(self)

    def _batch(self):
        x = torch.randn(self.s["batch"], self.s["steps"], 3)
        return x, (x[:, :, 0].mean(1) > 0).long()

    def validate(self):
        self._call("on_validation_start")
        x, y = self._batch()
        with torch.no_grad():
            acc = (self.model(x).argmax(1) == y).float().mean().item()
        self.metrics["val_acc"] = acc
        self._call("on_validation_end")

    def fit(self):
        for self.epoch in range(self.s["epochs"]):
            for _ in range(2):
                x, y = self._batch()
                loss = nn.functional.cross_entropy(self.model(x), y)
                self.opt.zero_grad()
                loss.backward()  # TM001-here
                self.opt.step()
            self.validate()
            self._call("on_epoch_end")
