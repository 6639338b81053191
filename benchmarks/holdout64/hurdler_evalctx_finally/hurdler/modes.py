from contextlib import contextmanager


@contextmanager
def evaluating(model):
    """Run the body with the model in eval mode, then restore its mode."""
    was = model.training
    model.eval()
    try:
        yield model
    finally:
        model.train(was)
