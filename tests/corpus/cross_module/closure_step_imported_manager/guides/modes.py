from contextlib import contextmanager


@contextmanager
def evaluating(model):
    """Eval mode for the block (no try/finally: an error leaves it in eval mode)."""
    was = model.training
    model.eval()
    yield model
    model.train(was)
