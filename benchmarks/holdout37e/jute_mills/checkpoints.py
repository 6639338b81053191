import os
import tempfile

import torch

from spinning import SpindleModel


def save(model, path):
    torch.save(model.state_dict(), path)


def load_for_inference(path, **kw):
    model = SpindleModel(**kw)
    model.load_state_dict(torch.load(path))
    return model.eval()


def scratch_path():
    fd, path = tempfile.mkstemp(suffix=".pt")
    os.close(fd)
    return path
