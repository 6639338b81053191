import os
import tempfile

import torch


def export_for_serving(model, directory):
    """Serving wants a pickled module in inference mode."""
    path = os.path.join(directory, "chisel_force.pt")
    model.eval()
    torch.save(model, path)
    return path


def load_exported(path):
    return torch.load(path, weights_only=False)


def scratch_dir():
    return tempfile.TemporaryDirectory(prefix="carver_")
