import torch


def make_batch(n, steps=9, feat=4):
    base = torch.randn(n, 1, feat)
    drift = torch.linspace(0, 1, steps).view(1, steps, 1)
    return base + drift * torch.randn(n, 1, feat) + 0.1 * torch.randn(n, steps, feat)
