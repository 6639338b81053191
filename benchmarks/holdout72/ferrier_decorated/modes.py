import functools


def with_mode(mode):
    """Run a step function with its model (first argument) in the named mode."""

    def deco(fn):
        @functools.wraps(fn)
        def wrapper(model, *args, **kwargs):
            model.train(mode == "train")
            return fn(model, *args, **kwargs)

        return wrapper

    return deco
