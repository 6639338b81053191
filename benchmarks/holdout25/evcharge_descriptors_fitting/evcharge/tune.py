import torch
import torch.nn as nn


def finetune(model, x, y, steps=2):
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    out = []
    for _ in range(steps):
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        out.append(round(loss.item(), 4))
    return out
