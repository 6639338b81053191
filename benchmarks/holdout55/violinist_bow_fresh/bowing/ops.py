import copy

import torch

__all__ = ["snapshot", "finetune"]


def snapshot(model):
    frozen = copy.deepcopy(model)
    frozen.eval()
    return frozen


def finetune(model, x, y, steps=3):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(steps):
        loss = torch.nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()
