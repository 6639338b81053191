import functools
import time


def evaluating(fn):
    """Run `fn(model, ...)` with the model in eval mode and restore the previous mode afterwards."""
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
        t0 = time.perf_counter()
        out = fn(*args, **kwargs)
        print(f"{fn.__name__} took {time.perf_counter() - t0:.3f}s")
        return out
    return wrapper


def dropout_off(fn):
    """Keep the module in train mode (recurrent kernels need it for backward) but turn Dropout layers off."""
    @functools.wraps(fn)
    def wrapper(model, *args, **kwargs):
        drops = [m for m in model.modules() if type(m).__name__.startswith("Dropout")]
        for d in drops:
            d.eval()
        try:
            return fn(model, *args, **kwargs)
        finally:
            for d in drops:
                d.train(model.training)
    return wrapper
