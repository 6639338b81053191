import torch


def winter_nights(n, nights=5, seed=0, labelled=False):
    g = torch.Generator().manual_seed(seed)
    air = torch.randn(n, nights, 1, generator=g) * 5 - 2
    soil = torch.cumsum(air * 0.1, dim=1) + torch.randn(n, nights, 3, generator=g) * 0.3
    x = torch.cat([soil, air], -1) / 5
    if not labelled:
        return x
    depth = soil[:, -1].mean(-1)
    y = (depth < -0.3).long() + (depth < -0.8).long()
    return x, y
