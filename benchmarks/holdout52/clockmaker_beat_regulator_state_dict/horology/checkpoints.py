import torch

from .model import BeatRegressor


def save_best(model, path):
    torch.save(model.state_dict(), path)


def load_best(path):
    model = BeatRegressor()
    model.load_state_dict(torch.load(path))
    return model
