import functools

import torch


def keeps_mode(fn):
    """Run a model method without grad and give the model back in the mode it had."""

    @functools.wraps(fn)
    def wrapper(self, *args, **kwargs):
        was = self.training
        try:
            with torch.no_grad():
                return fn(self, *args, **kwargs)
        finally:
            self.train(was)

    return wrapper
