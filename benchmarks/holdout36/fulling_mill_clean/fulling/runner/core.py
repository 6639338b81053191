import collections

import torch.nn.functional as F


class Runner:
    """Event-driven loop: handlers are registered with ``@runner.on(event)``."""

    def __init__(self, model, optimizer):
        self.model = model
        self.optimizer = optimizer
        self.handlers = collections.defaultdict(list)
        self.state = {"epoch": 0, "iteration": 0}

    def on(self, event):
        def register(fn):
            self.handlers[event].append(fn)
            return fn
        return register

    def fire(self, event):
        for fn in self.handlers[event]:
            fn(self)

    def _update(self, x, y):
        loss = F.mse_loss(self.model(x), y)
        self.optimizer.zero_grad()
        loss.backward()
        self.optimizer.step()
        self.state["iteration"] += 1
        return loss.item()

    def run(self, loader, epochs):
        self.model.train()
        self.fire("started")
        for epoch in range(epochs):
            self.state["epoch"] = epoch
            for x, y in loader:
                self.state["last_loss"] = self._update(x, y)
            self.fire("epoch_completed")
        self.fire("completed")
