import functools


def quiet_model(fn):
    """Run a callback with the model out of training, then put the mode back."""

    @functools.wraps(fn)
    def wrapper(self, trainer, model, *args, **kwargs):
        was = model.training
        model.training = False  # quiet the top-level flag only
        try:
            return fn(self, trainer, model, *args, **kwargs)
        finally:
            model.train(was)

    return wrapper
