import torch


def export(model, path):
    torch.save(model, path)


def restore(path):
    return torch.load(path, weights_only=False)
