import torch

from .model import StaveGRU


def save(model, path):
    torch.save(model.state_dict(), path)


def load(path):
    model = StaveGRU()
    model.load_state_dict(torch.load(path))
    return model
