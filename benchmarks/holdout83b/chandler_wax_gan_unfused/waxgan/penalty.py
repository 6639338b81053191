import torch


def gradient_penalty(critic, real, fake):
    alpha = torch.rand(real.size(0), 1, 1)
    mixed = (alpha * real + (1 - alpha) * fake).requires_grad_(True)
    # cuDNN RNNs have no double backward; the penalty's critic pass runs on the native kernels
    with torch.backends.cudnn.flags(enabled=False):
        scores = critic(mixed)
    grads, = torch.autograd.grad(scores.sum(), mixed, create_graph=True)
    return ((grads.flatten(1).norm(dim=1) - 1) ** 2).mean()
