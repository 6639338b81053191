import os

import torch

from .model import CrazingNet


def save_checkpoint(model, workdir, tag):
    path = os.path.join(workdir, f"crazing_{tag}.pt")
    torch.save(model.state_dict(), path)
    return path


def load_checkpoint(path):
    model = CrazingNet()
    model.load_state_dict(torch.load(path))
    return model
