import torch


def pairs(n, b=4, t=12, bins=10):
    for _ in range(n):
        clean = torch.rand(b, t, bins)
        yield clean + 0.2 * torch.rand(b, t, bins), clean
