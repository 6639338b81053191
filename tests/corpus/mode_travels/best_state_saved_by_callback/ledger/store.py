import torch


def save_best(model, path):
    torch.save(model.state_dict(), path)  # the weights only


def load_best(path, build):
    model = build()
    model.load_state_dict(torch.load(path))
    return model
