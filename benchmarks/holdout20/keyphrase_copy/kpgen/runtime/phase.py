import contextlib
import contextvars

PHASE = contextvars.ContextVar("phase", default="train")


def current_phase():
    return PHASE.get()


@contextlib.contextmanager
def phase_scope(name, model=None):
    token = PHASE.set(name)
    if model is not None:
        model.train(name == "train")
    try:
        yield
    finally:
        PHASE.reset(token)
