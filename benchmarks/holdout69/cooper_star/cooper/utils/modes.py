from contextlib import contextmanager

__all__ = ["evaluating", "bce"]


@contextmanager
def evaluating(model):
    """Temporarily switch to eval, restore the previous mode afterwards."""
    model.eval()
    was_training = model.training
    yield model
    model.train(was_training)


def bce(p, y):
    return -(y * p.clamp_min(1e-6).log() + (1 - y) * (1 - p).clamp_min(1e-6).log()).mean()
