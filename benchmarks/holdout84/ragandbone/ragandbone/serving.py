import torch

__all__ = ["prepare", "predict"]


def prepare(model):
    """Get a model ready to answer price queries."""
    return model.eval()


def predict(model, x):
    with torch.no_grad():
        return model(x)
