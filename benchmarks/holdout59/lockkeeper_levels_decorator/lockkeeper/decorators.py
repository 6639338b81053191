import functools

import torch


def inference(method):
    """Run a forecaster method with its model in eval mode and without autograd."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        self.model.eval()
        with torch.no_grad():
            return method(self, *args, **kwargs)

    return wrapper
