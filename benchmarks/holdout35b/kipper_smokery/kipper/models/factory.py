import torch

from .smoke import SmokeModel


def load_for_inference(path, **kwargs):
    model = SmokeModel(**kwargs)
    model.load_state_dict(torch.load(path))
    return model.eval()
