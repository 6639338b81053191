import torch

__all__ = ["prepare", "predict"]


def prepare(model):
    """Get a model ready to answer the shop's queries."""
    return model.eval()


@torch.no_grad()
def predict(model, x):
    return model(x)
