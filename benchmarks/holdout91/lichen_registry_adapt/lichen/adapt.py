import torch
from torch import nn


def adapt_online(model, stream, lr=1e-2):
    """Site-specific adaptation: keep the recurrent core fixed, tune the rest."""
    for p in model.rnn.parameters():
        p.requires_grad_(False)
    opt = torch.optim.SGD([p for p in model.parameters() if p.requires_grad], lr=lr)
    losses = []
    for x, y in stream:
        opt.zero_grad()
        loss = nn.functional.smooth_l1_loss(model(x), y)
        loss.backward()  # TM001-here
        opt.step()
        losses.append(loss.item())
    return losses
