import torch

from .model import FizzNet


def save_checkpoint(model, path):
    torch.save({"state_dict": model.state_dict()}, path)


def load_checkpoint(path):
    model = FizzNet()
    model.load_state_dict(torch.load(path)["state_dict"])
    return model
