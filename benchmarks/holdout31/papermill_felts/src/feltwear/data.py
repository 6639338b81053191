import torch


def synthetic_shifts(n=8, t=14, channels=4, seed=0, batch=4):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, t, channels, generator=g)
    life = 100 - 10 * x[..., 1].mean(1) - 5 * x[..., 3].abs().mean(1)
    y = (life - 100) / 10
    return [(x[i:i + batch], y[i:i + batch]) for i in range(0, n, batch)]
