import torch


def r1_penalty(disc, expert):
    expert = expert.detach().requires_grad_(True)
    logits = disc(expert)
    grad, = torch.autograd.grad(logits.sum(), expert, create_graph=True)
    return grad.pow(2).flatten(1).sum(1).mean()
