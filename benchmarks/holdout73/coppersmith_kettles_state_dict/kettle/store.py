import os

import torch

from .net import build_model


def export_best(model, folder):
    """Freeze the model for the workshop tablet and write out its weights."""
    model.eval()
    path = os.path.join(folder, "seam_leak.pt")
    torch.save(model.state_dict(), path)
    return path


def restore(path):
    model = build_model()
    model.load_state_dict(torch.load(path))
    return model
