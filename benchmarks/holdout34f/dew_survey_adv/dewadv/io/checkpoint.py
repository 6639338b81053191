import torch

from dewadv.net import RainGRU


def save_model(model, path):
    torch.save(model.state_dict(), path)


def load_for_inference(path):
    model = RainGRU()
    model.load_state_dict(torch.load(path))
    model.eval()
    return model
