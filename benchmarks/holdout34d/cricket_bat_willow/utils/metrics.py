"""Validation helpers for the cricket-bat willow notebooks."""
import torch


def rmse(pred, target):
    return torch.sqrt(((pred - target) ** 2).mean()).item()


def validate(model, x, y):
    """Return RMSE on a held-out set. Puts the model into inference mode."""
    model.eval()
    with torch.no_grad():
        return rmse(model(x), y)
