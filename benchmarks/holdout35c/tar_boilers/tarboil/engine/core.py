from collections import defaultdict

from .events import Events


class Engine:
    """A small event-driven loop; the step itself never touches the mode."""

    def __init__(self, model, optimizer, loss_fn):
        self.model = model
        self.optimizer = optimizer
        self.loss_fn = loss_fn
        self.state = {"epoch": 0, "iteration": 0, "last_loss": float("nan")}
        self._handlers = defaultdict(list)

    def on(self, event):
        def register(fn):
            self._handlers[event].append(fn)
            return fn
        return register

    def fire(self, event):
        for fn in self._handlers[event]:
            fn(self)

    def step(self, batch):
        x, y = batch
        self.optimizer.zero_grad()
        loss = self.loss_fn(self.model(x), y)
        loss.backward()  # TM001-here
        self.optimizer.step()
        return loss.item()

    def run(self, batches, max_epochs=1):
        self.model.train()
        self.fire(Events.STARTED)
        for epoch in range(max_epochs):
            self.state["epoch"] = epoch
            self.fire(Events.EPOCH_STARTED)
            for batch in batches:
                self.state["iteration"] += 1
                self.state["last_loss"] = self.step(batch)
                self.fire(Events.ITERATION_COMPLETED)
            self.fire(Events.EPOCH_COMPLETED)
        self.fire(Events.COMPLETED)
        return self.state
