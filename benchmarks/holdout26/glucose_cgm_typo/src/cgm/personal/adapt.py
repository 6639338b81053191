import copy

import torch
import torch.nn.functional as F

from .modes import dropout_off


def personalise(population, x, y, steps=3, lr=5e-3):
    model = dropout_off(copy.deepcopy(population))
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    for _ in range(steps):
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return round(loss.item(), 4)
