import functools


def in_mode(train):
    """Runs a method of a task object with its model switched to train/eval, then restores it."""

    def deco(fn):
        @functools.wraps(fn)
        def wrapper(self, *args, **kwargs):
            was = self.model.training
            self.model.train(train)
            try:
                return fn(self, *args, **kwargs)
            finally:
                self.model.train(was)

        return wrapper

    return deco
