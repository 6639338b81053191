import torch

from .net import DriftNet


def save_best(model, path):
    torch.save(model.state_dict(), path)


def load_best(path):
    model = DriftNet()
    model.load_state_dict(torch.load(path))
    return model
