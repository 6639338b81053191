from dataclasses import dataclass, field


@dataclass
class RunState:
    epoch: int = 0
    step: int = 0
    last_loss: float = float("nan")
    log: list = field(default_factory=list)


class Runner:
    """Drives a Task; callbacks are plain objects whose methods are looked up by hook name."""

    def __init__(self, task, callbacks=()):
        self.task = task
        self.callbacks = list(callbacks)
        self.state = RunState()

    def call(self, hook):
        for cb in self.callbacks:
            fn = getattr(cb, hook, None)
            if fn is not None:
                fn(self)

    def run(self, epochs, steps_per_epoch):
        self.call("on_fit_start")
        for epoch in range(epochs):
            self.state.epoch = epoch
            self.task.model.train()
            self.call("on_epoch_start")
            for batch in self.task.batches(steps_per_epoch, seed=epoch):
                self.state.last_loss = self.task.train_step(batch)
                self.state.step += 1
                self.call("on_step_end")
            self.call("on_epoch_end")
        self.call("on_fit_end")
