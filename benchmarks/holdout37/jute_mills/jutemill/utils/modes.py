import contextlib

import torch


@contextlib.contextmanager
def inference_mode_for(model):
    """Score without dropout and without building a graph."""
    model.eval()
    with torch.no_grad():
        yield model
    model.train()
