import functools

import torch


def inference_step(fn):
    """Run a task method with its model in eval mode and without autograd, then put the mode back."""

    @functools.wraps(fn)
    def wrapper(self, *args, **kwargs):
        self.model.eval()
        was_training = self.model.training
        try:
            with torch.no_grad():
                return fn(self, *args, **kwargs)
        finally:
            self.model.train(was_training)

    return wrapper
