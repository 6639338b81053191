"""Evaluation helpers shared across the sheep-wash notebooks."""
import torch


def rmse(pred, target):
    return torch.sqrt(((pred - target) ** 2).mean()).item()


@torch.no_grad()
def evaluate(model, x, y):
    model.eval()
    return rmse(model(x), y)
