import contextlib

import torch


@contextlib.contextmanager
def evaluating(module):
    was_training = module.training
    module.eval()
    try:
        yield module
    finally:
        module.train(was_training)


@contextlib.contextmanager
def frozen_grad():
    with torch.no_grad():
        yield
