import functools
import logging

log = logging.getLogger("chandler")


def evaluating(fn):
    """Run fn with its model argument in eval mode."""

    @functools.wraps(fn)
    def wrapper(model, *args, **kwargs):
        model.eval()
        return fn(model, *args, **kwargs)

    return wrapper


def log_every(n):
    def deco(fn):
        calls = {"n": 0}

        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            out = fn(*args, **kwargs)
            calls["n"] += 1
            if calls["n"] % n == 0:
                log.warning("%s #%d -> %.4f", fn.__name__, calls["n"], out)
            return out

        return wrapper

    return deco
