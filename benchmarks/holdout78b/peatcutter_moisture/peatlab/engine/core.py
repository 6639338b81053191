import torch
import torch.nn.functional as F

from .model import MoistureGRU


class Engine:
    def __init__(self, config, callbacks=()):
        self.config = config
        self.model = MoistureGRU(**config["model"])
        self.opt = torch.optim.SGD(self.model.parameters(), lr=config["optim"]["lr"])
        self.callbacks = list(callbacks)
        self.state = {}

    def fire(self, event):
        for cb in self.callbacks:
            getattr(cb, event, lambda engine: None)(self)

    def train_epoch(self, loader):
        self.model.train()
        total = 0.0
        for x, y in loader:
            loss = F.cross_entropy(self.model(x), y)
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()
            total += loss.item()
        self.state["train_loss"] = total / len(loader)

    def evaluate(self, loader):
        self.model.eval()
        correct = n = 0
        with torch.no_grad():
            for x, y in loader:
                correct += (self.model(x).argmax(-1) == y).sum().item()
                n += len(y)
        self.state["val_acc"] = correct / n
        self.state["val_batch"] = loader[0]

    def run(self, train_loader, val_loader):
        history = []
        for epoch in range(self.config["epochs"]):
            self.state["epoch"] = epoch
            self.train_epoch(train_loader)
            self.evaluate(val_loader)
            self.fire("on_evaluation_end")
            history.append(dict((k, v) for k, v in self.state.items() if k != "val_batch"))
        return history
