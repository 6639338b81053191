import contextlib

CURRENT = {"phase": "fit"}


@contextlib.contextmanager
def phase(name, model):
    """Marks the phase for logging and sets the model's mode to match it."""
    previous = CURRENT["phase"]
    CURRENT["phase"] = name
    model.train(name == "fit")
    try:
        yield
    finally:
        CURRENT["phase"] = previous
