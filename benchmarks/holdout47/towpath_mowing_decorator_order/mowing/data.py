import torch


def sections(n, seed):
    g = torch.Generator().manual_seed(seed)
    out = []
    for _ in range(n):
        x = torch.rand(4, 14, 3, generator=g)
        out.append((x, x[..., 0].sum(1) * 0.8 + x[..., 1].mean(1)))
    return out
