import functools
import logging
import time

log = logging.getLogger("milliner.steps")


def timed(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        t0 = time.perf_counter()
        out = fn(*args, **kwargs)
        log.info("%s took %.1f ms", fn.__name__, 1e3 * (time.perf_counter() - t0))
        return out
    return wrapper


def restores_mode(model):
    """Decorator factory: run the wrapped step, then put ``model`` back in its previous mode."""
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            was_training = model.training
            try:
                return fn(*args, **kwargs)
            finally:
                model.train(was_training)
        return wrapper
    return deco
