import functools
import time


def in_mode(training):
    """Put `self.model` in the given mode before the wrapped method runs."""

    def deco(fn):
        @functools.wraps(fn)
        def wrapper(self, *args, **kwargs):
            self.model.train(training)
            return fn(self, *args, **kwargs)

        return wrapper

    return deco


def timed(fn):
    """Keep each call's duration on the object."""

    @functools.wraps(fn)
    def wrapper(self, *args, **kwargs):
        start = time.perf_counter()
        try:
            return fn(self, *args, **kwargs)
        finally:
            self.timings.append(time.perf_counter() - start)

    return wrapper
