import torch

from .model import HullLoadNet


def save_checkpoint(model, path):
    torch.save(model.state_dict(), path)


def best_checkpoint(path):
    model = HullLoadNet()
    model.load_state_dict(torch.load(path))
    return model
