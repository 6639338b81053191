from contextlib import contextmanager

import torch


@contextmanager
def inference_mode_for(model):
    model.eval()
    with torch.no_grad():
        yield model
    model.train()
