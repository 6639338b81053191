import torch
import torch.nn as nn


def sluice_batch(feats, batch=4, t=5, shift=0.0):
    x = torch.rand(batch, t, feats) + shift
    return x, x[..., 0].sum(1) - x[..., 1].sum(1)


def sgd_step(net, opt, x, y):
    loss = nn.functional.mse_loss(net(x), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    return loss.item()
