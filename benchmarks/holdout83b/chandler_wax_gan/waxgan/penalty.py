import torch


def gradient_penalty(critic, real, fake):
    alpha = torch.rand(real.size(0), 1, 1)
    mixed = (alpha * real + (1 - alpha) * fake).requires_grad_(True)
    scores = critic(mixed)
    grads, = torch.autograd.grad(scores.sum(), mixed, create_graph=True)
    return ((grads.flatten(1).norm(dim=1) - 1) ** 2).mean()
