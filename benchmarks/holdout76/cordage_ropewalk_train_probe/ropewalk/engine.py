import torch
from torch import nn


class Engine:
    def __init__(self, model, config, callbacks=()):
        self.model = model
        self.config = config
        self.callbacks = list(callbacks)
        self.opt = torch.optim.SGD(model.parameters(), lr=config["optim"]["lr"])
        self.state = {"history": [], "epoch": 0}

    def fire(self, hook, *args):
        for cb in self.callbacks:
            fn = getattr(cb, hook, None)
            if fn is not None:
                fn(self, *args)

    def batches(self, data):
        x, y = data
        b = self.config["batch"]
        for i in range(0, len(x), b):
            yield x[i:i + b], y[i:i + b]

    def train_epoch(self, data):
        self.model.train()
        for xb, yb in self.batches(data):
            self.opt.zero_grad()
            loss = nn.functional.cross_entropy(self.model(xb), yb)
            loss.backward()
            self.opt.step()
        self.fire("on_epoch_end")

    def evaluate(self, data):
        self.model.eval()
        correct = 0
        with torch.no_grad():
            for xb, yb in self.batches(data):
                correct += (self.model(xb).argmax(1) == yb).sum().item()
        acc = correct / len(data[0])
        self.fire("on_validation_end", data, acc)
        return acc

    def fit(self, train_data, val_data):
        for epoch in range(self.config["epochs"]):
            self.state["epoch"] = epoch
            self.train_epoch(train_data)
            self.evaluate(val_data)
