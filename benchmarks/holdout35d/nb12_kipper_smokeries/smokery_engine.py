"""A very small event-driven training engine (our lab's own, before we standardised on anything bigger).

    engine = Engine(step_fn)

    @engine.on("epoch_completed")
    def log(engine): ...

    engine.run(batches, max_epochs=3)
"""
from collections import defaultdict


class State:
    def __init__(self):
        self.epoch = 0
        self.iteration = 0
        self.output = None
        self.metrics = {}


class Engine:
    EVENTS = ("started", "epoch_started", "iteration_completed", "epoch_completed", "completed")

    def __init__(self, process_fn):
        self.process_fn = process_fn
        self.handlers = defaultdict(list)
        self.state = State()

    def on(self, event, every=1):
        if event not in self.EVENTS:
            raise ValueError(event)

        def register(fn):
            self.handlers[event].append((every, fn))
            return fn

        return register

    def fire(self, event):
        counter = self.state.epoch if "epoch" in event else self.state.iteration
        for every, fn in self.handlers[event]:
            if counter % every == 0:
                fn(self)

    def run(self, data, max_epochs=1):
        self.fire("started")
        for _ in range(max_epochs):
            self.state.epoch += 1
            self.fire("epoch_started")
            for batch in data:
                self.state.iteration += 1
                self.state.output = self.process_fn(self, batch)
                self.fire("iteration_completed")
            self.fire("epoch_completed")
        self.fire("completed")
        return self.state


def supervised_step(model, optimizer, loss_fn):
    def step(engine, batch):
        x, y = batch
        optimizer.zero_grad()
        loss = loss_fn(model(x), y)
        loss.backward()  # TM001-here
        optimizer.step()
        return loss.item()

    return step
