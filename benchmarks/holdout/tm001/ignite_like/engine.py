"""Ignite-style Engine with events and the supervised trainer/evaluator factories."""
import torch


class Events:
    STARTED = "started"
    EPOCH_STARTED = "epoch_started"
    ITERATION_COMPLETED = "iteration_completed"
    EPOCH_COMPLETED = "epoch_completed"
    COMPLETED = "completed"


class State:
    def __init__(self, **kwargs):
        self.iteration = 0
        self.epoch = 0
        self.output = None
        self.metrics = {}
        self.__dict__.update(kwargs)


class Engine:
    def __init__(self, process_function):
        self._process_function = process_function
        self._handlers = {}
        self.state = State()

    def add_event_handler(self, event, handler, *args, every=1):
        self._handlers.setdefault(event, []).append((handler, args, every))

    def on(self, event, *args, every=1):
        def decorator(fn):
            self.add_event_handler(event, fn, *args, every=every)
            return fn
        return decorator

    def _fire(self, event, counter=1):
        for handler, args, every in self._handlers.get(event, []):
            if counter % every == 0:
                handler(self, *args)

    def run(self, data, max_epochs=1):
        self._fire(Events.STARTED)
        for epoch in range(max_epochs):
            self.state.epoch = epoch + 1
            self._fire(Events.EPOCH_STARTED)
            for batch in data:
                self.state.iteration += 1
                self.state.output = self._process_function(self, batch)
                self._fire(Events.ITERATION_COMPLETED, self.state.iteration)
            self._fire(Events.EPOCH_COMPLETED)
        self._fire(Events.COMPLETED)
        return self.state


def create_supervised_trainer(model, optimizer, loss_fn):
    def _update(engine, batch):
        model.train()
        optimizer.zero_grad()
        x, y = batch
        loss = loss_fn(model(x), y)
        loss.backward()
        optimizer.step()
        return loss.item()
    engine = Engine(_update)
    engine.state.model = model
    return engine


def create_supervised_evaluator(model, loss_fn):
    def _inference(engine, batch):
        model.eval()
        with torch.no_grad():
            x, y = batch
            out = model(x)
            engine.state.metrics["loss"] = loss_fn(out, y).item()
            return out
    engine = Engine(_inference)
    engine.state.model = model
    return engine
