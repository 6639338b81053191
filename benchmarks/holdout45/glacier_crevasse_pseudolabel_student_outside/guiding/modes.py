from contextlib import contextmanager


@contextmanager
def evaluating(model):
    """Temporarily put `model` in eval mode (no try/finally: errors propagate as is)."""
    was = model.training
    model.eval()
    yield model
    model.train(was)
