import torch
from torch import nn


def score(model, x, y):
    with torch.no_grad():
        return nn.functional.l1_loss(model(x), y).item()


def finetune_on_recent(model, x, y, steps=2):
    opt = torch.optim.SGD(model.parameters(), lr=0.01)
    for _ in range(steps):
        loss = nn.functional.l1_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()
