import torch
from torch import nn

from .nets import StrokeNet


class Engine:
    def __init__(self, cfg, callbacks=()):
        self.cfg = cfg
        self.model = StrokeNet(cfg["model"])
        self.opt = getattr(torch.optim, cfg["optim"]["name"])(self.model.parameters(), lr=cfg["optim"]["lr"])
        self.callbacks = list(callbacks)
        self.epoch = 0
        self.last_val_batch = None

    def _fire(self, hook, *args):
        for cb in self.callbacks:
            getattr(cb, hook)(self, *args)

    def train_epoch(self, loader):
        self.model.train()
        for x, y in loader:
            self.opt.zero_grad()
            nn.functional.cross_entropy(self.model(x), y).backward()
            self.opt.step()

    def validate(self, loader):
        self.model.eval()
        correct = total = 0
        with torch.no_grad():
            for x, y in loader:
                correct += (self.model(x).argmax(1) == y).sum().item()
                total += len(y)
                self.last_val_batch = (x, y)
        return {"acc": correct / total}

    def run(self, train_loader, val_loader):
        for self.epoch in range(self.cfg["epochs"]):
            self._fire("on_epoch_start")
            self.train_epoch(train_loader)
            metrics = self.validate(val_loader)
            self._fire("on_validation_end", metrics)
        return self
