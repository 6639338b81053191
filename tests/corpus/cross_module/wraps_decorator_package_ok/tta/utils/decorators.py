import functools
import time


def evaluating(fn):
    """Run `fn(model, ...)` with the model in eval mode, and restore its mode afterwards."""
    @functools.wraps(fn)
    def wrapper(model, *args, **kwargs):
        was = model.training
        model.eval()
        try:
            return fn(model, *args, **kwargs)
        finally:
            model.train(was)
    return wrapper


def timed(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        started = time.perf_counter()
        out = fn(*args, **kwargs)
        print(f"{fn.__name__}: {time.perf_counter() - started:.3f}s")
        return out
    return wrapper


def dropout_off(fn):
    """Run `fn(model, ...)` with only the dropout layers in eval mode (the RNN keeps training)."""
    @functools.wraps(fn)
    def wrapper(model, *args, **kwargs):
        model.drop.eval()
        try:
            return fn(model, *args, **kwargs)
        finally:
            model.drop.train()
    return wrapper
