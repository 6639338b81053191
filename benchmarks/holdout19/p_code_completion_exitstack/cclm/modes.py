import contextlib


@contextlib.contextmanager
def evaluating(model):
    """Put the model in eval mode for the block and restore the previous mode afterwards."""
    previous = model.training
    model.eval()
    try:
        yield model
    finally:
        model.train(previous)
