import torch

__all__ = ["prepare", "predict"]


def prepare(model):
    return model.eval()


def _unused_helper(model):
    return sum(p.numel() for p in model.parameters())


def predict(model, x):
    with torch.no_grad():
        return model(x)
