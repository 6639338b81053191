import logging

import torch
import torch.nn.functional as F

log = logging.getLogger(__name__)


class Engine:
    def __init__(self, model, config, callbacks=()):
        self.model = model
        self.config = config
        self.callbacks = list(callbacks)
        self.optimizer = torch.optim.AdamW(model.parameters(), **config["optim"])
        self.state = {"epoch": 0, "step": 0, "val_acc": 0.0, "batch": None}

    def fire(self, hook, **kwargs):
        for cb in self.callbacks:
            fn = getattr(cb, hook, None)
            if fn is not None:
                fn(self, **kwargs)

    def train_batch(self, x, y):
        self.model.train()
        self.optimizer.zero_grad()
        loss = F.cross_entropy(self.model(x), y)
        loss.backward()
        self.optimizer.step()
        return loss.item()

    def evaluate(self, loader):
        self.model.eval()
        correct = total = 0
        with torch.no_grad():
            for x, y in loader:
                correct += (self.model(x).argmax(-1) == y).sum().item()
                total += len(y)
        return correct / total

    def fit(self, train_loader, val_loader):
        self.fire("on_fit_start")
        for epoch in range(self.config["trainer"]["epochs"]):
            self.state["epoch"] = epoch
            for x, y in train_loader:
                self.state["batch"] = (x, y)
                loss = self.train_batch(x, y)
                self.state["step"] += 1
                self.fire("on_batch_end", loss=loss)
            self.state["val_acc"] = self.evaluate(val_loader)
            self.fire("on_validation_end")
        self.fire("on_fit_end")
