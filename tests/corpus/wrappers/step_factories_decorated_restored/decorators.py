"""Small decorators shared by the step factories."""
import functools
import time


def timed(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            print(f"{fn.__name__}: {time.perf_counter() - start:.4f}s")

    return wrapper


def restores_mode(model):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            was_training = model.training
            try:
                return fn(*args, **kwargs)
            finally:
                model.train(was_training)

        return wrapper

    return decorate
