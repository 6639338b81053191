"""Event-driven runner: the process function does one update, handlers hang off events."""
from collections import defaultdict
from enum import Enum


class Events(str, Enum):
    STARTED = "started"
    EPOCH_STARTED = "epoch_started"
    ITERATION_COMPLETED = "iteration_completed"
    EPOCH_COMPLETED = "epoch_completed"
    COMPLETED = "completed"


class State:
    def __init__(self, **kw):
        self.epoch = 0
        self.iteration = 0
        self.output = None
        self.metrics = {}
        self.__dict__.update(kw)


class Runner:
    def __init__(self, process_fn, **state):
        self._process_fn = process_fn
        self._handlers = defaultdict(list)
        self.state = State(**state)

    def on(self, event, every=1):
        def register(fn):
            self._handlers[Events(event)].append((fn, every))
            return fn
        return register

    def _fire(self, event):
        counter = self.state.iteration if event is Events.ITERATION_COMPLETED else self.state.epoch
        for fn, every in self._handlers[event]:
            if counter % every == 0:
                fn(self)

    def run(self, data, max_epochs=1):
        self._fire(Events.STARTED)
        for _ in range(max_epochs):
            self.state.epoch += 1
            self._fire(Events.EPOCH_STARTED)
            for batch in data:
                self.state.iteration += 1
                self.state.output = self._process_fn(self, batch)
                self._fire(Events.ITERATION_COMPLETED)
            self._fire(Events.EPOCH_COMPLETED)
        self._fire(Events.COMPLETED)
        return self.state
