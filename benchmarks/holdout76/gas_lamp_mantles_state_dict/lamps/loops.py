import torch
from torch import nn


def tune(model, x, y, steps=1, lr=1e-2):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    for _ in range(steps):
        opt.zero_grad()
        loss = nn.functional.binary_cross_entropy_with_logits(model(x), y)
        loss.backward()
        opt.step()
    return round(loss.item(), 4)


@torch.no_grad()
def evaluate(model, x, y):
    model.eval()
    return ((model(x) > 0).float() == y).float().mean().item()
