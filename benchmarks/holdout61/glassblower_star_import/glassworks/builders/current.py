"""Builders for the current furnace."""
from torch import nn

from .legacy import GatherNet

__all__ = ["make_optimizer"]


def build_model(**kw):
    model = GatherNet(**kw)
    nn.init.zeros_(model.head.bias)
    return model


def make_optimizer(model, lr=5e-3):
    import torch

    return torch.optim.AdamW(model.parameters(), lr=lr)
