import enum
from collections import defaultdict


class Events(enum.Enum):
    STARTED = "started"
    EPOCH_STARTED = "epoch_started"
    ITERATION_COMPLETED = "iteration_completed"
    EPOCH_COMPLETED = "epoch_completed"
    COMPLETED = "completed"


class State:
    def __init__(self):
        self.epoch = 0
        self.iteration = 0
        self.output = None
        self.metrics = {}


class Engine:
    def __init__(self, process_fn):
        self._process_fn = process_fn
        self._handlers = defaultdict(list)
        self.state = State()

    def on(self, event, *args, **kwargs):
        def decorator(fn):
            self.add_event_handler(event, fn, *args, **kwargs)
            return fn
        return decorator

    def add_event_handler(self, event, fn, *args, **kwargs):
        self._handlers[event].append((fn, args, kwargs))

    def fire(self, event):
        for fn, args, kwargs in self._handlers[event]:
            fn(self, *args, **kwargs)

    def run(self, data, max_epochs=1):
        self.fire(Events.STARTED)
        for _ in range(max_epochs):
            self.state.epoch += 1
            self.fire(Events.EPOCH_STARTED)
            for batch in data:
                self.state.iteration += 1
                self.state.output = self._process_fn(self, batch)
                self.fire(Events.ITERATION_COMPLETED)
            self.fire(Events.EPOCH_COMPLETED)
        self.fire(Events.COMPLETED)
        return self.state
