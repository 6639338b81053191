import torch
import torch.nn.functional as F


def finetune(model, x, y, steps):
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    losses = []
    for _ in range(steps):
        opt.zero_grad()
        loss = F.mse_loss(model(x), y)
        loss.backward()  # TM001-here
        opt.step()
        losses.append(round(loss.item(), 4))
    return losses
