import functools

import torch


def inference(method):
    """Run a forecaster method with its model in eval mode and without autograd."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        was_training = self.model.training
        self.model.eval()
        try:
            with torch.no_grad():
                return method(self, *args, **kwargs)
        finally:
            self.model.train(was_training)

    return wrapper
