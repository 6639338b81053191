from contextlib import contextmanager


class DivergedError(RuntimeError):
    pass


@contextmanager
def evaluating(model):
    model.eval()
    yield model
    model.train()
