"""The current phase lives in a context variable; `@during(...)` sets it around a call and puts it back after."""
import contextvars
import functools

PHASE = contextvars.ContextVar("phase", default="fit")


def phase_mode():
    return PHASE.get()


def sync_mode(model):
    model.train(phase_mode() == "fit")


def during(phase):
    def decorate(fn):
        @functools.wraps(fn)
        def inner(*args, **kwargs):
            token = PHASE.set(phase)
            try:
                return fn(*args, **kwargs)
            finally:
                PHASE.reset(token)
        return inner
    return decorate
