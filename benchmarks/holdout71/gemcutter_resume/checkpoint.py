import os

import torch


def save_snapshot(model, folder, tag):
    path = os.path.join(folder, f"{tag}.pt")
    torch.save(model, path)
    return path


def load_snapshot(path):
    return torch.load(path, weights_only=False)
