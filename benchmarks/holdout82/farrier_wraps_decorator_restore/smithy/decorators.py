import functools

import torch


def inference(fn):
    @functools.wraps(fn)
    def wrapper(self, *args, **kwargs):
        was = self.model.training
        self.model.eval()
        try:
            with torch.no_grad():
                return fn(self, *args, **kwargs)
        finally:
            self.model.train(was)

    return wrapper
