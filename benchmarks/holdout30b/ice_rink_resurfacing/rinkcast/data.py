import torch


def rink_sessions(seed, n=6, t=10):
    g = torch.Generator().manual_seed(seed)
    brine = -8 + torch.randn(n, t, 2, generator=g)
    water = torch.rand(n, t, 1, generator=g)
    x = torch.cat([brine / 8, water], -1)
    minutes = 12 + 4 * water.mean((1, 2)) - brine.mean((1, 2)) * 0.3
    return x, minutes
