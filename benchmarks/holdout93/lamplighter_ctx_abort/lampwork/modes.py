from contextlib import contextmanager


@contextmanager
def evaluating(model):
    model.eval()
    yield model
    model.train()
