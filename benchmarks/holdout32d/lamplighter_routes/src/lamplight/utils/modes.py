import contextlib

import torch


@contextlib.contextmanager
def evaluating(model):
    previous = model.training
    model.eval()
    try:
        with torch.no_grad():
            yield model
    finally:
        model.train(previous)
