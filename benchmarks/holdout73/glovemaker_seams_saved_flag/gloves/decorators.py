import functools


def evaluating(method):
    """Run a Session method with the model in eval mode, then put the mode back."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        was_training = self.model.training
        self.model.eval()
        try:
            return method(self, *args, **kwargs)
        finally:
            self.model.train(was_training)

    return wrapper
