import torch


def tap_batches(seed, n=6, hours=12):
    g = torch.Generator().manual_seed(100 + seed)
    # vacuum pressure, air temperature, hour-of-day phase
    x = torch.randn(2 * n, hours, 3, generator=g)
    y = (x[:, :, 1].clamp_min(0).mean(1) * 3 + 0.1 * torch.randn(2 * n, generator=g))
    return (x[:n], y[:n]), (x[n:], y[n:])
