import torch
from torch import nn

__all__ = ["quick_eval"]


def quick_eval(model, x, y, n=2):
    """Evaluate on the first n sequences only."""
    model.eval()
    with torch.no_grad():
        return nn.functional.l1_loss(model(x[:n]), y[:n]).item()


def finetune(model, x, y, steps=2, lr=1e-2):
    """Plain SGD variant without re-initialising optimiser state between calls."""
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    for _ in range(steps):
        opt.zero_grad()
        loss = nn.functional.l1_loss(model(x), y)
        loss.backward()
        opt.step()
    return loss.item()
