import enum

import torch


class Events(enum.Enum):
    STARTED = "started"
    EPOCH_STARTED = "epoch_started"
    ITERATION_COMPLETED = "iteration_completed"
    EPOCH_COMPLETED = "epoch_completed"
    COMPLETED = "completed"


class State:
    def __init__(self):
        self.epoch = 0
        self.iteration = 0
        self.output = None
        self.metrics = {}


class Engine:
    def __init__(self, process_function):
        self._process_function = process_function
        self._handlers = {e: [] for e in Events}
        self.state = State()

    def on(self, event):
        def decorator(fn):
            self._handlers[event].append(fn)
            return fn
        return decorator

    def add_event_handler(self, event, fn, *args):
        self._handlers[event].append(lambda engine: fn(engine, *args))

    def _fire(self, event):
        for h in self._handlers[event]:
            h(self)

    def run(self, data, max_epochs=1):
        self.state = State()
        self._fire(Events.STARTED)
        for epoch in range(1, max_epochs + 1):
            self.state.epoch = epoch
            self._fire(Events.EPOCH_STARTED)
            for batch in data:
                self.state.iteration += 1
                self.state.output = self._process_function(self, batch)
                self._fire(Events.ITERATION_COMPLETED)
            self._fire(Events.EPOCH_COMPLETED)
        self._fire(Events.COMPLETED)
        return self.state


def create_supervised_evaluator(model, metrics):
    def _inference(engine, batch):
        model.eval()
        with torch.no_grad():
            x, y = batch
            return model(x), y

    evaluator = Engine(_inference)

    @evaluator.on(Events.EPOCH_STARTED)
    def _reset(engine):
        engine.state.metrics = {name: [] for name in metrics}

    @evaluator.on(Events.ITERATION_COMPLETED)
    def _update(engine):
        y_pred, y = engine.state.output
        for name, fn in metrics.items():
            engine.state.metrics[name].append(fn(y_pred, y))

    @evaluator.on(Events.EPOCH_COMPLETED)
    def _compute(engine):
        engine.state.metrics = {k: sum(v) / len(v) for k, v in engine.state.metrics.items()}

    return evaluator
