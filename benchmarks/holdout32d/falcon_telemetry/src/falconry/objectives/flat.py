import torch
import torch.nn as nn


def plain_loss():
    def objective(model, x, y):
        return nn.functional.cross_entropy(model(x), y), {}
    return objective


def flat_minimum_loss(rho):
    """Cross-entropy plus rho * ||dL/dtheta||^2 (a first-order flatness proxy)."""

    def objective(model, x, y):
        ce = nn.functional.cross_entropy(model(x), y)
        params = [p for p in model.parameters() if p.requires_grad]
        grads = torch.autograd.grad(ce, params, create_graph=True)
        gnorm2 = sum((g ** 2).sum() for g in grads)
        return ce + rho * gnorm2, {"ce": round(ce.item(), 4), "gnorm2": round(gnorm2.item(), 4)}

    return objective
