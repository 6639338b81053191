import torch

__all__ = ["prepare", "predict"]


def prepare(model):
    """Ready a model for serving."""
    return model.eval()


@torch.no_grad()
def predict(model, x):
    return model(x)
