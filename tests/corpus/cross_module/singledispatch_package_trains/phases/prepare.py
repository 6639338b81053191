import functools


class Fit:
    pass


class Score:
    pass


class Calibrate:
    pass


@functools.singledispatch
def prepare(phase, model):
    raise NotImplementedError(type(phase).__name__)


@prepare.register
def _(phase: Fit, model):
    model.train()


@prepare.register
def _(phase: Score, model):
    model.eval()


@prepare.register
def _(phase: Calibrate, model):
    model.eval()  # calibration keeps dropout off
