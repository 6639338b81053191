import enum
from collections import defaultdict

import torch.nn.functional as F


class Events(enum.Enum):
    STARTED = "started"
    ITERATION_COMPLETED = "iteration_completed"
    EPOCH_COMPLETED = "epoch_completed"


class Runner:
    def __init__(self, model, optimizer):
        self.model = model
        self.optimizer = optimizer
        self.state = {"epoch": 0, "iteration": 0, "loss": None}
        self._handlers = defaultdict(list)

    def on(self, event):
        def register(fn):
            self._handlers[event].append(fn)
            return fn
        return register

    def fire(self, event):
        for fn in self._handlers[event]:
            fn(self)

    def process(self, batch):
        x, y = batch
        loss = F.mse_loss(self.model(x), y)
        self.optimizer.zero_grad()
        loss.backward()  # TM001-here
        self.optimizer.step()
        return loss.item()

    def run(self, data, max_epochs=1):
        self.model.train()
        self.fire(Events.STARTED)
        for epoch in range(max_epochs):
            self.state["epoch"] = epoch
            for batch in data:
                self.state["iteration"] += 1
                self.state["loss"] = self.process(batch)
                self.fire(Events.ITERATION_COMPLETED)
            self.fire(Events.EPOCH_COMPLETED)
