import functools

import torch


def inference(fn):
    """Run a runner method with the runner's model in eval mode and without autograd."""

    @functools.wraps(fn)
    def wrapper(self, *args, **kwargs):
        self.model.eval()
        with torch.no_grad():
            return fn(self, *args, **kwargs)

    return wrapper
