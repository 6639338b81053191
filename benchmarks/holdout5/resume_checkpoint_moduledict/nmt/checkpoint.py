import os

import torch


def save(path, model, optimizer, epoch):
    torch.save({"model": model.state_dict(), "optim": optimizer.state_dict(), "epoch": epoch}, path)


def load(path, model, optimizer):
    state = torch.load(path)
    model.load_state_dict(state["model"])
    optimizer.load_state_dict(state["optim"])
    os.remove(path)
    return state["epoch"] + 1
