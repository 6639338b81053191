from contextlib import contextmanager

import torch


@contextmanager
def evaluating(model):
    model.eval()
    was_training = model.training
    try:
        yield model
    finally:
        model.train(was_training)


class Callback:
    def on_fit_start(self, loop):
        pass

    def on_batch_end(self, loop, step, loss):
        pass

    def on_fit_end(self, loop):
        pass


class CurvatureProbe(Callback):
    """Every few steps, measures the prediction spread on a held-out lens blank."""

    def __init__(self, probe_x, every=2):
        self.probe_x = probe_x
        self.every = every
        self.readings = []

    def on_batch_end(self, loop, step, loss):
        if step % self.every:
            return
        with evaluating(loop.model) as m, torch.no_grad():
            self.readings.append(m(self.probe_x).std().item())


class LossLog(Callback):
    def __init__(self):
        self.losses = []

    def on_batch_end(self, loop, step, loss):
        self.losses.append(loss)
