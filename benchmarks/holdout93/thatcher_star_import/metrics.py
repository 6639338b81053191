import torch

__all__ = ["report"]


@torch.no_grad()
def report(model, x, y):
    """Mean absolute error on a probe batch, leaving the model's mode alone."""
    return (model(x) - y).abs().mean().item()
