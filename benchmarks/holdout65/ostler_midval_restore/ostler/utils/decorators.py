import functools

import torch


def evaluating(method):
    """Run a trainer method with the trainer's model in eval mode and without autograd."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        was = self.model.training
        self.model.eval()
        try:
            with torch.no_grad():
                return method(self, *args, **kwargs)
        finally:
            self.model.train(was)

    return wrapper
