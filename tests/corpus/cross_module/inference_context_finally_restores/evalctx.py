from contextlib import contextmanager

import torch


@contextmanager
def inference_mode_for(model):
    model.eval()
    try:
        with torch.no_grad():
            yield model
    finally:
        model.train()
