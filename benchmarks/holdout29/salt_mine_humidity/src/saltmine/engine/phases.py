import contextlib

import torch


@contextlib.contextmanager
def validating(model):
    was = model.training
    model.eval()
    try:
        with torch.no_grad():
            yield
    finally:
        model.train(was)


@contextlib.contextmanager
def probing(model):
    model.eval()
    yield
