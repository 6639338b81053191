__all__ = ["prepare", "describe"]


def prepare(model):
    """Serving preparation: deterministic inference."""
    return model.eval()


def describe(model):
    return f"{type(model).__name__}(training={model.training})"
