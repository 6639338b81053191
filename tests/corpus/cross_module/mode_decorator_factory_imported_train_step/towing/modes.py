import functools


def in_mode(training):
    """Put `self.model` in the given mode before the wrapped method runs."""

    def deco(fn):
        @functools.wraps(fn)
        def wrapper(self, *args, **kwargs):
            self.model.train(training)
            return fn(self, *args, **kwargs)

        return wrapper

    return deco
