import torch
import torch.nn.functional as F


class Engine:
    def __init__(self, model, optimizer, callbacks=(), epochs=2):
        self.model = model
        self.optimizer = optimizer
        self.callbacks = list(callbacks)
        self.epochs = epochs
        self.state = {"epoch": 0, "metrics": {}}
        self.val_batch = None

    def _call(self, hook, *args):
        for cb in self.callbacks:
            fn = getattr(cb, hook, None)
            if callable(fn):
                fn(self, *args)

    def _step(self, x, y):
        self.optimizer.zero_grad()
        loss = F.cross_entropy(self.model(x), y)
        loss.backward()
        self.optimizer.step()
        return loss.item()

    def validate(self, loader):
        self.val_batch = loader[0]
        self._call("on_validation_start")
        self.model.eval()
        correct = total = 0
        with torch.no_grad():
            for x, y in loader:
                correct += (self.model(x).argmax(-1) == y).sum().item()
                total += len(y)
        self.state["metrics"]["acc"] = correct / total
        self._call("on_validation_end", self.state["metrics"])

    def fit(self, train_loader, val_loader):
        self._call("on_fit_start")
        for epoch in range(self.epochs):
            self.state["epoch"] = epoch
            self.model.train()
            losses = [self._step(x, y) for x, y in train_loader]
            self.state["metrics"]["loss"] = sum(losses) / len(losses)
            self.validate(val_loader)
            self._call("on_epoch_end", self.state)
        self._call("on_fit_end")
