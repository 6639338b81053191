from contextlib import contextmanager


class DivergedError(RuntimeError):
    pass


@contextmanager
def evaluating(model):
    model.eval()
    try:
        yield model
    finally:
        model.train()
