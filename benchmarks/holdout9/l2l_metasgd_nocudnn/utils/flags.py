import functools

import torch


def without_cudnn(fn):
    """Double backward is not implemented for cuDNN RNNs: build these graphs with the native kernels."""
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        with torch.backends.cudnn.flags(enabled=False):
            return fn(*args, **kwargs)
    return wrapper
