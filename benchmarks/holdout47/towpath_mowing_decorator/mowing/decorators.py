import functools

import torch


def evaluation(fn):
    """Run `fn(model, ...)` in eval mode without gradients and put the mode back."""

    @functools.wraps(fn)
    def wrapper(model, *args, **kwargs):
        model.eval()
        was_training = model.training
        try:
            with torch.no_grad():
                return fn(model, *args, **kwargs)
        finally:
            model.train(was_training)

    return wrapper
