import os

import torch

from .net import build_model


def export_best(model, folder):
    """Freeze the model for the workshop tablet and write it out whole."""
    model.eval()
    path = os.path.join(folder, "seam_leak.pt")
    torch.save(model, path)
    return path


def restore(path):
    return torch.load(path, weights_only=False)
