"""Minimal ignite-style Engine: an update function per batch and event handlers kept in lists."""
from collections import defaultdict

import torch


class Events:
    EPOCH_STARTED = "epoch_started"
    ITERATION_COMPLETED = "iteration_completed"
    EPOCH_COMPLETED = "epoch_completed"


class State:
    def __init__(self):
        self.epoch = 0
        self.iteration = 0
        self.output = None
        self.metrics = {}


class Engine:
    def __init__(self, process_fn):
        self.process_fn = process_fn
        self.handlers = defaultdict(list)
        self.state = State()

    def on(self, event):
        def register(fn):
            self.handlers[event].append(fn)
            return fn
        return register

    def fire(self, event):
        for handler in self.handlers[event]:
            handler(self)

    def run(self, data, max_epochs=1):
        for _ in range(max_epochs):
            self.state.epoch += 1
            self.fire(Events.EPOCH_STARTED)
            for batch in data:
                self.state.iteration += 1
                self.state.output = self.process_fn(self, batch)
                self.fire(Events.ITERATION_COMPLETED)
            self.fire(Events.EPOCH_COMPLETED)
        return self.state


def create_supervised_trainer(model, optimizer, loss_fn):
    def update(engine, batch):
        model.train()
        x, y = batch
        optimizer.zero_grad()
        loss = loss_fn(model(x), y)
        loss.backward()
        optimizer.step()
        return loss.item()
    return Engine(update)


def create_supervised_evaluator(model, metric_fn):
    def infer(engine, batch):
        model.eval()
        x, y = batch
        with torch.no_grad():
            pred = model(x)
        engine.state.metrics.setdefault("values", []).append(metric_fn(pred, y).item())
        return pred
    return Engine(infer)
