import torch

from .model import ScaleNet

__all__ = ["load_model", "predict"]


def load_model(hidden):
    model = ScaleNet(hidden)
    model.eval()
    return model


@torch.no_grad()
def predict(model, logs):
    return model(logs)
