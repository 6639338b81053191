import enum
from collections import defaultdict
from types import SimpleNamespace


class Events(str, enum.Enum):
    STARTED = "started"
    EPOCH_COMPLETED = "epoch_completed"


class Engine:
    """Fires handlers by event name; a str enum's member is its name, so both spellings register alike."""

    def __init__(self, process_fn, **state):
        self._process_fn = process_fn
        self._handlers = defaultdict(list)
        self.state = SimpleNamespace(epoch=0, **state)

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
            for batch in data:
                self._process_fn(self, batch)
            self.fire("epoch_completed")
