import functools


def evaluating(fn):
    """Run a model method in eval mode and put the old mode back afterwards."""

    @functools.wraps(fn)
    def wrapper(self, *args, **kwargs):
        was = self.model.training
        self.model.eval()
        try:
            return fn(self, *args, **kwargs)
        finally:
            self.model.train(was)

    return wrapper
