import torch

from .model import MantleNet


def export(model, path):
    torch.save(model.state_dict(), path)


def restore(path):
    model = MantleNet()
    model.load_state_dict(torch.load(path))
    return model
