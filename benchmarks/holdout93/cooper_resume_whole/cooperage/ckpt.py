import torch


def save(model, path):
    torch.save(model, path)


def load(path):
    return torch.load(path, weights_only=False)
