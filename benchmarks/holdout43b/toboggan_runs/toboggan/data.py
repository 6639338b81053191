import torch


def tracks(n, hill, points=10):
    g = torch.Generator().manual_seed(100 + hill * 7 + n)
    x = torch.randn(n, points, 3, generator=g)
    x[..., 0] += 0.5 * hill
    y = 30 - 4 * x[..., 0].mean(1) + x[..., 1].abs().mean(1)
    return x, y
