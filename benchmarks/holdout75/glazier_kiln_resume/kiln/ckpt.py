import os

import torch


def save_checkpoint(model, workdir, tag):
    path = os.path.join(workdir, f"crazing_{tag}.pt")
    torch.save(model, path)
    return path


def load_checkpoint(path):
    return torch.load(path, weights_only=False)
