import contextlib

import torch


@contextlib.contextmanager
def inference_mode_for(model):
    """Score without dropout and without building a graph; put the model back as it was."""
    was_training = model.training
    model.eval()
    try:
        with torch.no_grad():
            yield model
    finally:
        model.train(was_training)
