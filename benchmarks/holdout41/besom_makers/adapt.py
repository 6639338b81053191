import torch
import torch.nn.functional as F


def adapt(model, x, y, steps=3, lr=1e-3):
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    for _ in range(steps):
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()
