from contextlib import contextmanager


@contextmanager
def evaluating(model):
    """Switch to eval for the body, back to train afterwards."""
    model.eval()
    try:
        yield model
    finally:
        model.train()
