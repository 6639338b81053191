import torch


def sample_task(seed, n=4, T=5, d=3):
    g = torch.Generator().manual_seed(seed)
    w = torch.randn(d, generator=g)
    xs = torch.randn(2 * n, T, d, generator=g)
    ys = xs.sum(1) @ w
    return (xs[:n], ys[:n]), (xs[n:], ys[n:])
