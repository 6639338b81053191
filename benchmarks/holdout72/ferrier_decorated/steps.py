import torch
from torch import nn

from modes import with_mode


@with_mode("evaluate")
def update(model, opt, x, y):
    loss = nn.functional.mse_loss(model(x), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    return loss.item()


@with_mode("eval")
def check(model, x, y):
    with torch.no_grad():
        return nn.functional.mse_loss(model(x), y).item()
