from collections import defaultdict

import torch.nn.functional as F

from .events import Events


class Engine:
    def __init__(self, model, optimizer):
        self.model = model
        self.optimizer = optimizer
        self.handlers = defaultdict(list)
        self.state = {"iteration": 0}

    def on(self, event):
        def register(fn):
            self.handlers[event].append(fn)
            return fn
        return register

    def fire(self, event):
        for fn in self.handlers[event]:
            fn(self)

    def step(self, batch):
        x, y = batch
        loss = F.cross_entropy(self.model(x), y)
        self.optimizer.zero_grad()
        loss.backward()
        self.optimizer.step()
        return loss.item()

    def run(self, batches):
        self.fire(Events.STARTED)
        for batch in batches:
            self.state["iteration"] += 1
            self.state["loss"] = self.step(batch)
            self.fire(Events.ITERATION_COMPLETED)
        self.fire(Events.COMPLETED)
        return self.state
