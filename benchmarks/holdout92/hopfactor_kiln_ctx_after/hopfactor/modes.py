from contextlib import contextmanager


@contextmanager
def evaluating(model):
    """Switch to eval for deterministic (dropout-free) predictions, then put the old mode back."""
    was_training = model.training
    model.eval()
    yield model
    model.train(was_training)
