import torch
from torch import nn


def adapt_online(model, stream, lr=1e-2):
    """Site-specific adaptation: keep everything fixed except the output head."""
    for p in model.parameters():
        p.requires_grad_(False)
    for p in model.head.parameters():
        p.requires_grad_(True)
    opt = torch.optim.SGD([p for p in model.parameters() if p.requires_grad], lr=lr)
    losses = []
    for x, y in stream:
        opt.zero_grad()
        loss = nn.functional.smooth_l1_loss(model(x), y)
        loss.backward()
        opt.step()
        losses.append(loss.item())
    return losses
