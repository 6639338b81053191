import torch


def save_best(model, path):
    torch.save(model, path)  # the whole module, pickled as it is now


def load_best(path):
    return torch.load(path, weights_only=False)
