import os
import tempfile

import torch


def export_for_serving(model, path):
    """Saves the whole module, ready for inference."""
    model.eval()
    torch.save(model, path)


def load_latest(path, fresh=None):
    obj = torch.load(path, weights_only=False)
    if fresh is None:
        return obj
    fresh.load_state_dict(obj.state_dict())
    return fresh


def scratch_path():
    fd, path = tempfile.mkstemp(suffix=".pt")
    os.close(fd)
    return path
