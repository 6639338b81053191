import torch


def save_checkpoint(model, path):
    torch.save(model, path)


def load_checkpoint(path):
    return torch.load(path, weights_only=False)
