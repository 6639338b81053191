import os

import torch

from model import GatherForecaster


def save_snapshot(model, folder, tag):
    path = os.path.join(folder, f"{tag}.pt")
    torch.save(model.state_dict(), path)
    return path


def load_snapshot(path):
    model = GatherForecaster()
    model.load_state_dict(torch.load(path))
    return model
