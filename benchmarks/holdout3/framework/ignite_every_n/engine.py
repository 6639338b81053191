"""An Ignite-like Engine: a process function, events and handlers registered with a decorator."""
from collections import defaultdict


class Events:
    STARTED = "started"
    EPOCH_STARTED = "epoch_started"
    ITERATION_COMPLETED = "iteration_completed"
    EPOCH_COMPLETED = "epoch_completed"
    COMPLETED = "completed"


class State:
    def __init__(self):
        self.iteration = 0
        self.epoch = 0
        self.output = None
        self.metrics = {}


class Engine:
    def __init__(self, process_function):
        self._process_function = process_function
        self._handlers = defaultdict(list)
        self.state = State()

    def add_event_handler(self, event, handler, every=1):
        self._handlers[event].append((handler, every))

    def on(self, event, every=1):
        def decorator(handler):
            self.add_event_handler(event, handler, every)
            return handler
        return decorator

    def _fire(self, event):
        counter = self.state.iteration if event == Events.ITERATION_COMPLETED else self.state.epoch
        for handler, every in self._handlers[event]:
            if counter % every == 0:
                handler(self)

    def run(self, data, max_epochs=1):
        self.state = State()
        self._fire(Events.STARTED)
        for _ in range(max_epochs):
            self.state.epoch += 1
            self._fire(Events.EPOCH_STARTED)
            for batch in data:
                self.state.iteration += 1
                self.state.output = self._process_function(self, batch)
                self._fire(Events.ITERATION_COMPLETED)
            self._fire(Events.EPOCH_COMPLETED)
        self._fire(Events.COMPLETED)
        return self.state


def create_supervised_evaluator(model, metrics):
    import torch

    def _inference(engine, batch):
        model.eval()
        with torch.no_grad():
            x, y = batch
            return model(x), y

    evaluator = Engine(_inference)

    @evaluator.on(Events.ITERATION_COMPLETED)
    def _accumulate(engine):
        for name, fn in metrics.items():
            engine.state.metrics.setdefault(name, []).append(fn(*engine.state.output))

    return evaluator
