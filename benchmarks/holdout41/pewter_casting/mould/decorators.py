import functools

import torch


def predictor(model):
    """Run the wrapped function in eval mode and without grad, then put the model back as it was."""
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            previous = model.training
            model.eval()
            with torch.no_grad():
                out = fn(*args, **kwargs)
            model.train(previous)
            return out
        return wrapper
    return deco
