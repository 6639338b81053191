import torch


def save_best(model, path):
    torch.save(model.state_dict(), path)


def load_best(path, template=None):
    fresh = template()
    fresh.load_state_dict(torch.load(path))
    return fresh
