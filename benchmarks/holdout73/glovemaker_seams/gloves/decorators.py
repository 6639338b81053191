import functools


def evaluating(method):
    """Run a Session method with the model in eval mode, then put the mode back."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        self.model.eval()
        try:
            return method(self, *args, **kwargs)
        finally:
            self.model.train(self.model.training)

    return wrapper
