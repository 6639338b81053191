import functools


def in_eval_mode(fn):
    """Run a learner method with its model in eval mode, then restore the mode."""

    @functools.wraps(fn)
    def wrapper(self, *args, **kwargs):
        was_training = self.model.training
        self.model.eval()
        try:
            return fn(self, *args, **kwargs)
        finally:
            self.model.train(was_training)

    return wrapper
