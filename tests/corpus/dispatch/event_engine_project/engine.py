from collections import defaultdict


class Engine:
    def __init__(self, process_fn):
        self._process_fn = process_fn
        self._handlers = defaultdict(list)
        self.state = {"epoch": 0}

    def on(self, event):
        def decorator(fn):
            self._handlers[event].append(fn)
            return fn
        return decorator

    def _fire(self, event):
        for handler in self._handlers[event]:
            handler(self)

    def run(self, data, max_epochs):
        for epoch in range(max_epochs):
            self.state["epoch"] = epoch
            for batch in data:
                self._process_fn(self, batch)
            self._fire("epoch_completed")
