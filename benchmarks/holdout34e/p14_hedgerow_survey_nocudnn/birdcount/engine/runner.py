from collections import defaultdict


class Runner:
    """Minimal event-driven loop: handlers are registered with ``@runner.on(event)``."""

    def __init__(self, task, optimizer, max_epochs=2):
        self.task = task
        self.optimizer = optimizer
        self.max_epochs = max_epochs
        self._handlers = defaultdict(list)
        self.state = {"epoch": 0, "logs": []}

    def on(self, event):
        def register(fn):
            self._handlers[event].append(fn)
            return fn
        return register

    def fire(self, event, **payload):
        for fn in self._handlers[event]:
            fn(self, **payload)

    def fit(self, train_batches, val_batches):
        self.fire("fit_start")
        for epoch in range(self.max_epochs):
            self.state["epoch"] = epoch
            self.task.model.train()
            for batch in train_batches:
                out = self.task.train_step(batch, self.optimizer)
                self.fire("step_end", out=out)
            self.task.model.eval()
            val = {}
            for batch in val_batches:
                val = self.task.valid_step(batch)
            self.fire("epoch_end", val=val)
        self.fire("fit_end")
        return self.state
