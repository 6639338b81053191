from collections import defaultdict
from enum import Enum


class Events(str, Enum):
    STARTED = "started"
    ITERATION_COMPLETED = "iteration_completed"
    EPOCH_COMPLETED = "epoch_completed"
    COMPLETED = "completed"


class Engine:
    def __init__(self, process_fn):
        self._process = process_fn
        self._handlers = defaultdict(list)
        self.state = type("State", (), {})()
        self.state.epoch = 0
        self.state.iteration = 0
        self.state.output = None

    def on(self, event, every=1):
        def deco(fn):
            self._handlers[event].append((fn, every))
            return fn
        return deco

    def fire(self, event):
        counter = self.state.epoch if event == Events.EPOCH_COMPLETED else self.state.iteration
        for fn, every in self._handlers[event]:
            if counter % every == 0:
                fn(self)

    def run(self, data, max_epochs=1):
        self.state.data = data
        self.fire(Events.STARTED)
        for _ in range(max_epochs):
            self.state.epoch += 1
            for batch in data:
                self.state.iteration += 1
                self.state.batch = batch
                self.state.output = self._process(self, batch)
                self.fire(Events.ITERATION_COMPLETED)
            self.fire(Events.EPOCH_COMPLETED)
        self.fire(Events.COMPLETED)
        return self.state
