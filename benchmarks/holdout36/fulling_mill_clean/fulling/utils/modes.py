import contextlib


@contextlib.contextmanager
def evaluating(model):
    """Put ``model`` in eval mode for the body of the ``with`` block."""
    was_training = model.training
    model.eval()
    try:
        yield model
    finally:
        model.train(was_training)
