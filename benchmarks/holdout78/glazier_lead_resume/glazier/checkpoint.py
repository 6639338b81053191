import os

import torch


def save_checkpoint(model, directory, name="last.pt"):
    path = os.path.join(directory, name)
    torch.save(model, path)
    return path


def load_checkpoint(path):
    return torch.load(path, weights_only=False)
