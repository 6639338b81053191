import torch

from .decorators import evaluates


@evaluates
def stability_probe(model, x, noise=0.05):
    """Prediction drift under small input noise, in deterministic mode."""
    base = model(x)
    shaken = model(x + noise * torch.randn_like(x))
    return (base - shaken).pow(2).mean()
