from ..model import DOForecaster
from ..train import StepTrainer


class TrainerBuilder:
    def __init__(self):
        self._hidden, self._lr, self._epochs, self._steps = 8, 1e-3, 1, 4

    def with_hidden(self, h):
        self._hidden = h
        return self

    def with_lr(self, lr):
        self._lr = lr
        return self

    def with_epochs(self, e):
        self._epochs = e
        return self

    def with_steps_per_epoch(self, s):
        self._steps = s
        return self

    def build(self):
        return StepTrainer(DOForecaster(self._hidden), lr=self._lr, epochs=self._epochs, steps=self._steps)
