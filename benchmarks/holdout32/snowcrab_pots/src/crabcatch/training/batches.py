import torch


def make_batches(n, features, batch=3, length=5, seed=0):
    g = torch.Generator().manual_seed(seed)
    out = []
    for _ in range(n):
        x = torch.randn(batch, length, features, generator=g)
        y = torch.poisson(torch.full((batch,), 2.0), generator=g)
        out.append((x, y))
    return out
