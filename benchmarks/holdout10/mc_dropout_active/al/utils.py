import torch
from torch import nn


def enable_dropout(model):
    """Turn dropout back on after model.eval() (Monte-Carlo dropout)."""
    for m in model.modules():
        if isinstance(m, nn.Dropout):
            m.train()


def gradient_length(model, x, y_hat):
    model.zero_grad()
    nn.functional.cross_entropy(model(x), y_hat).backward()  # TM001-here
    return sum(p.grad.pow(2).sum() for p in model.parameters() if p.grad is not None).sqrt()
