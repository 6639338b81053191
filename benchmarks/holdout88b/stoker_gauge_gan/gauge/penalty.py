import torch


def gradient_penalty(critic, real, fake):
    eps = torch.rand(real.size(0), 1, 1)
    mix = (eps * real + (1 - eps) * fake).requires_grad_(True)
    scores = critic(mix)
    grads, = torch.autograd.grad(scores.sum(), mix, create_graph=True)
    return ((grads.flatten(1).norm(dim=1) - 1) ** 2).mean()
