import functools

import torch


def evaluating(fn):
    """Run a runner method with the model in eval mode and gradients off, then put the mode back."""

    @functools.wraps(fn)
    def wrapper(self, *args, **kwargs):
        self.model.eval()
        try:
            with torch.no_grad():
                return fn(self, *args, **kwargs)
        finally:
            self.model.train(self.model.training)

    return wrapper
