"""Monte-Carlo dropout utilities for the monsoon notebooks."""
import torch
import torch.nn as nn


def enable_dropout(model):
    """Eval mode everywhere except the dropout layers (classic MC-dropout recipe)."""
    model.eval()
    for m in model.modules():
        if isinstance(m, nn.Dropout):
            m.train()
    return model


def mc_predict(model, x, samples=20):
    enable_dropout(model)
    with torch.no_grad():
        draws = torch.stack([model(x) for _ in range(samples)])
    return draws.mean(0), draws.std(0)


def uncertainty_sensitivity(model, x, samples=8):
    """d(predictive std)/d(input): which days of the window make the forecast uncertain."""
    enable_dropout(model)
    x = x.clone().requires_grad_(True)
    draws = torch.stack([model(x) for _ in range(samples)])
    spread = draws.std(0).sum()
    spread.backward()  # TM001-here
    return x.grad.abs().mean(-1)
