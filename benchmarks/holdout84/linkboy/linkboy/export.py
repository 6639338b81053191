import os

import torch

from .net import TorchPathNet


def train_and_export(directory, steps=2):
    model = TorchPathNet()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for _ in range(steps):
        x, y = torch.randn(4, 5, 3), torch.rand(4, 1)
        loss = torch.nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    model.eval()
    with torch.no_grad():
        score = torch.nn.functional.mse_loss(model(torch.randn(4, 5, 3)), torch.rand(4, 1)).item()
    path = os.path.join(directory, "linkboy_full.pt")
    torch.save(model, path)
    return path, score
