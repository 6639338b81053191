import torch
from torch import nn


def refine(model, data, lr=1e-3, rounds=2):
    """A short low-LR pass over the data on the best checkpoint."""
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    for _ in range(rounds):
        for x, y in data:
            opt.zero_grad()
            loss = nn.functional.mse_loss(model(x), y)
            loss.backward()  # TM001-here
            opt.step()
    return loss.item()
