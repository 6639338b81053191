import torch

__all__ = ["prepare", "predict"]


def prepare(model):
    """Get a model ready for serving predictions."""
    model.eval()
    return model


@torch.no_grad()
def predict(model, trace):
    return model(trace)
