import torch
from torch import nn

from .modes import evaluating


def train_step(model, opt, x, y):
    opt.zero_grad()
    with evaluating(model), torch.no_grad():
        acc = (model(x).argmax(-1) == y).float().mean().item()
    logits = model(x)
    loss = nn.functional.cross_entropy(logits, y)
    loss.backward()
    opt.step()
    return loss.item(), acc
