from collections import defaultdict
from types import SimpleNamespace


class State(SimpleNamespace):
    pass


class Engine:
    """Runs `process_fn(engine, batch)` over data and fires registered handlers."""

    def __init__(self, process_fn, **state):
        self._process_fn = process_fn
        self._handlers = defaultdict(list)
        self.state = State(epoch=0, iteration=0, output=None, **state)

    def on(self, event, **kwargs):
        def decorator(fn):
            self._handlers[event].append((fn, kwargs))
            return fn
        return decorator

    def fire(self, event):
        for fn, kwargs in self._handlers[event]:
            fn(self, **kwargs)

    def run(self, data, max_epochs=1):
        self.fire("started")
        for epoch in range(max_epochs):
            self.state.epoch = epoch
            self.fire("epoch_started")
            for batch in data:
                self.state.iteration += 1
                self.state.output = self._process_fn(self, batch)
                self.fire("iteration_completed")
            self.fire("epoch_completed")
        self.fire("completed")
        return self.state
