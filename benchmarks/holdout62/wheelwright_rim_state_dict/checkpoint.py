import os
import torch


def save_best(model, path):
    torch.save(model.state_dict(), path)


def load_best(path, factory):
    model = factory()
    model.load_state_dict(torch.load(path))
    return model


def cleanup(path):
    if os.path.exists(path):
        os.remove(path)
