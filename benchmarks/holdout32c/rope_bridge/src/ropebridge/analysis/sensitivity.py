import torch
from torch.func import vjp


def input_sensitivity(model, wind):
    """Mean |d sway / d wind| per channel, via a vector-Jacobian product."""
    out, pullback = vjp(model, wind)  # TM002-here
    (g,) = pullback(torch.ones_like(out))
    return g.abs().mean(dim=(0, 1)).tolist()
