from collections import defaultdict

import torch
from torch import nn


class Runner:
    """Tiny event-driven loop: handlers are registered with ``@runner.on(event)``."""

    def __init__(self, state, loss_fn=None):
        self.state = state
        self.loss_fn = loss_fn or nn.MSELoss()
        self._handlers = defaultdict(list)

    def on(self, event):
        def register(fn):
            self._handlers[event].append(fn)
            return fn
        return register

    def fire(self, event, *args):
        for fn in self._handlers[event]:
            fn(self, *args)

    def train_step(self, x, y):
        model = self.state.model
        model.train()
        loss = self.loss_fn(model(x), y)
        self.state.optimizer.zero_grad()
        loss.backward()
        self.state.optimizer.step()
        return loss.item()

    @torch.no_grad()
    def valid_step(self, x, y):
        self.state.model.eval()
        return self.loss_fn(self.state.model(x), y).item()

    def run(self, train_data, valid_data, epochs=2):
        for epoch in range(epochs):
            self.state.epoch = epoch
            self.state.metrics["train"] = sum(self.train_step(x, y) for x, y in train_data)
            self.state.metrics["valid"] = sum(self.valid_step(x, y) for x, y in valid_data)
            self.fire("epoch_completed", valid_data)
        return self.state.metrics
