import contextlib

import torch


@contextlib.contextmanager
def evaluating(module):
    previous = module.training
    module.eval()
    try:
        with torch.no_grad():
            yield module
    finally:
        module.train(previous)
