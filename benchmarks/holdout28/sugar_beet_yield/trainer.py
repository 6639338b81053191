import torch
from torch import nn


def fit(model, x, y, on_start=(), epochs=2):
    model.train()
    for hook in on_start:
        hook(model, x)
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    for _ in range(epochs):
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()
