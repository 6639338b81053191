import functools

import torch


def inference(fn):
    @functools.wraps(fn)
    def wrapper(self, *args, **kwargs):
        self.model.eval()
        with torch.no_grad():
            return fn(self, *args, **kwargs)

    return wrapper
