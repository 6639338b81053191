"""Phase tracking with a ContextVar; a decorator sets it around a function call."""
import contextvars
import functools

_PHASE = contextvars.ContextVar("phase", default="train")


def current_phase():
    return _PHASE.get()


def apply_phase(model):
    model.train(current_phase() == "train")
    return model


def phase(name):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            token = _PHASE.set(name)
            try:
                return fn(*args, **kwargs)
            finally:
                _PHASE.reset(token)
        return wrapper
    return deco
