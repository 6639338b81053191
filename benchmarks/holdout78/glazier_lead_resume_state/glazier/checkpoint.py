import os

import torch

from .net import LeadCameNet


def save_checkpoint(model, directory, name="last.pt"):
    path = os.path.join(directory, name)
    torch.save(model.state_dict(), path)
    return path


def load_checkpoint(path):
    model = LeadCameNet()
    model.load_state_dict(torch.load(path))
    return model
