import functools


def evaluates(fn):
    """Run fn with the model (first argument) in eval mode, then restore."""

    @functools.wraps(fn)
    def wrapper(model, *args, **kwargs):
        was = model.training
        model.eval()
        try:
            return fn(model, *args, **kwargs)
        finally:
            model.train(was)

    return wrapper
