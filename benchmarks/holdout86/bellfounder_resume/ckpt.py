import os
import tempfile

import torch


def score(model, data):
    model.eval()
    with torch.no_grad():
        return sum(torch.nn.functional.mse_loss(model(x), y).item() for x, y in data) / len(data)


def save_best(model, data, path):
    s = score(model, data)
    torch.save(model, path)
    return s


def load(path):
    model = torch.load(path, weights_only=False)
    os.remove(path)
    return model


def scratch_path():
    fd, path = tempfile.mkstemp(suffix=".pt")
    os.close(fd)
    return path
