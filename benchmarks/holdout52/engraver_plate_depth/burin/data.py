import torch


def stroke_batches(n, length, batch, seed=0):
    g = torch.Generator().manual_seed(seed)
    force = torch.randn(n, length, 3, generator=g)
    depth = (force[..., 0] * force[..., 1].sigmoid()).cumsum(1) * 0.1
    for i in range(0, n, batch):
        yield force[i:i + batch], depth[i:i + batch]
