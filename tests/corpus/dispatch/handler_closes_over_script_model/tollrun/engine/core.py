from collections import defaultdict

from .events import Events


class Engine:
    def __init__(self, process_fn):
        self._process_fn = process_fn
        self._handlers = defaultdict(list)
        self.epoch = 0

    def on(self, event):
        def register(fn):
            self._handlers[event].append(fn)
            return fn
        return register

    def fire(self, event):
        for fn in self._handlers[event]:
            fn(self)

    def run(self, data, max_epochs=1):
        self.fire(Events.STARTED)
        for _ in range(max_epochs):
            self.epoch += 1
            self.fire(Events.EPOCH_STARTED)
            for batch in data:
                self._process_fn(self, batch)
            self.fire(Events.EPOCH_COMPLETED)
