import os
import tempfile

import torch

from charmodel import CharModel


def pretrained_path():
    """Where the pretraining run saved the whole model (made here so the example runs alone)."""
    path = os.path.join(tempfile.mkdtemp(), "char.pt")
    torch.save(CharModel(), path)
    return path
