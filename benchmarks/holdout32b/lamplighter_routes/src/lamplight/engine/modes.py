import contextlib

import torch


@contextlib.contextmanager
def evaluating(module):
    """Put ``module`` in eval mode and disable grad; the previous mode comes back in ``finally``."""
    previous = module.training
    module.eval()
    try:
        with torch.no_grad():
            yield module
    finally:
        module.train(previous)
