import torch


def save_best(model, path):
    torch.save(model, path)


def load_best(path):
    return torch.load(path, weights_only=False)
