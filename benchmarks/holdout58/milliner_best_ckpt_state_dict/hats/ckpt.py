import torch

from .model import HatDemandNet


def save_best(model, path):
    torch.save(model.state_dict(), path)


def load_best(path, cfg):
    model = HatDemandNet(**cfg)
    model.load_state_dict(torch.load(path))
    return model
