import os
import tempfile

import torch

from convmodel import ConvModel


def pretrained_path():
    """Where the pretraining run saved the whole model (made here so the example runs alone)."""
    path = os.path.join(tempfile.mkdtemp(), "conv.pt")
    torch.save(ConvModel(), path)
    return path
