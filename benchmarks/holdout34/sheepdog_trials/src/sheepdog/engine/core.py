import enum
from collections import defaultdict

import torch.nn.functional as F


class Events(enum.Enum):
    STARTED = "started"
    EPOCH_STARTED = "epoch_started"
    ITERATION_COMPLETED = "iteration_completed"
    EPOCH_COMPLETED = "epoch_completed"
    COMPLETED = "completed"


class State:
    def __init__(self, model):
        self.model = model
        self.epoch = 0
        self.iteration = 0
        self.metrics = {}


class Engine:
    def __init__(self, model, optimizer):
        self.state = State(model)
        self.optimizer = optimizer
        self._handlers = defaultdict(list)

    def on(self, event):
        def register(fn):
            self._handlers[event].append(fn)
            return fn
        return register

    def fire(self, event):
        for fn in self._handlers[event]:
            fn(self.state)

    def _update(self, batch):
        model = self.state.model
        model.train()
        cmds, target = batch
        self.optimizer.zero_grad()
        loss = F.mse_loss(model(cmds), target)
        loss.backward()
        self.optimizer.step()
        return loss.item()

    def run(self, data, max_epochs=1):
        self.fire(Events.STARTED)
        for epoch in range(1, max_epochs + 1):
            self.state.epoch = epoch
            self.fire(Events.EPOCH_STARTED)
            running = 0.0
            for batch in data:
                self.state.iteration += 1
                running += self._update(batch)
                self.fire(Events.ITERATION_COMPLETED)
            self.state.metrics["loss"] = running / len(data)
            self.fire(Events.EPOCH_COMPLETED)
        self.fire(Events.COMPLETED)
        return self.state
