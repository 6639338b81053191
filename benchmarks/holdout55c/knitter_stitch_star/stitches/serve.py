import torch

__all__ = ["prepare", "score_rows"]


def prepare(model):
    """Put the model in inference mode and return it."""
    return model.eval()


def score_rows(model, rows):
    with torch.no_grad():
        return torch.sigmoid(model(rows))
