import copy

import torch
from torch import nn


def make_checkpoints(cls, x, y, n):
    model = cls()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    saved = []
    for _ in range(n):
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        saved.append((copy.deepcopy(model.state_dict()), 0.1))
    return saved
