from contextlib import contextmanager


@contextmanager
def evaluating(model):
    model.eval()
    try:
        yield model
    finally:
        model.train()
