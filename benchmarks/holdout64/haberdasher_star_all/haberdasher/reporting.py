import torch

__all__ = ["report"]


def prepare(model):
    """Put the model in the mode reporting needs."""
    return model.eval()


def report(model, x):
    prepare(model)
    with torch.no_grad():
        return model(x).argmax(-1).tolist()
