import functools

import torch


def inference(fn):
    """Run `fn(model, ...)` in eval mode without gradients and put the model back as it was."""

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
