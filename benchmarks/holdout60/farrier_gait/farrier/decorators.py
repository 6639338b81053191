import functools

import torch


def eval_mode(attr="model"):
    """Run a trainer method with the module stored at `attr` in eval mode and without grad."""

    def deco(fn):
        @functools.wraps(fn)
        def wrapper(self, *args, **kwargs):
            getattr(self, attr).eval()
            with torch.no_grad():
                return fn(self, *args, **kwargs)
        return wrapper

    return deco
