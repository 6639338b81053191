import contextlib

CURRENT = {"phase": "fit"}


@contextlib.contextmanager
def phase(name, model):
    """Marks the phase for logging and sets the model's mode to match it, both put back at the exit."""
    previous, was_training = CURRENT["phase"], model.training
    CURRENT["phase"] = name
    model.train(name == "fit")
    try:
        yield
    finally:
        CURRENT["phase"] = previous
        model.train(was_training)
