from collections import defaultdict

from .events import Events


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

    def on(self, event):
        def register(fn):
            self._handlers[event].append(fn)
            return fn
        return register

    def add_event_handler(self, event, fn):
        self._handlers[event].append(fn)

    def fire(self, event):
        for fn in self._handlers[event]:
            fn(self)

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
