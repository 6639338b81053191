"""Event-driven engine: handlers are registered with a decorator and fired by name."""
from collections import defaultdict


class Engine:
    def __init__(self, step_fn):
        self.step_fn = step_fn
        self.handlers = defaultdict(list)
        self.state = {"epoch": 0, "iteration": 0, "output": None}

    def on(self, event):
        def register(fn):
            self.handlers[event].append(fn)
            return fn
        return register

    def fire(self, event):
        for fn in self.handlers[event]:
            fn(self)

    def run(self, data, max_epochs=1):
        self.fire("started")
        for epoch in range(max_epochs):
            self.state["epoch"] = epoch
            self.fire("epoch_started")
            for batch in data:
                self.state["iteration"] += 1
                self.state["output"] = self.step_fn(self, batch)
                self.fire("iteration_completed")
            self.fire("epoch_completed")
        self.fire("completed")
        return self.state


def supervised_step(model, optimizer, loss_fn):
    def step(engine, batch):
        x, y = batch
        optimizer.zero_grad()
        loss = loss_fn(model(x), y)
        loss.backward()
        optimizer.step()
        return loss.item()
    return step
