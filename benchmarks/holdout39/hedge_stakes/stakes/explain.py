import torch
from torch.func import vjp


def attribute(model, x):
    out, pullback = vjp(model, x)
    (gx,) = pullback(torch.ones_like(out))
    return (gx * x).sum(-1)
