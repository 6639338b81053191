import torch
from torch import nn

__all__ = ["evaluate", "finetune"]


def evaluate(model, x, y):
    model.eval()
    with torch.no_grad():
        return nn.functional.l1_loss(model(x), y).item()


def finetune(model, x, y, steps=2, lr=1e-2):
    model.train()
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    for _ in range(steps):
        opt.zero_grad()
        loss = nn.functional.l1_loss(model(x), y)
        loss.backward()
        opt.step()
    return loss.item()
