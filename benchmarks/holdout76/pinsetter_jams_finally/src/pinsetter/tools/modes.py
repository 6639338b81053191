from contextlib import contextmanager


class LaneClosed(Exception):
    pass


@contextmanager
def evaluating(model):
    was_training = model.training
    model.eval()
    try:
        yield model
    finally:
        model.train(was_training)
