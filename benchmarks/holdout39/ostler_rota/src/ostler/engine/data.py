import torch


def batches(n, batch=4, steps=6, feat=5):
    g = torch.Generator().manual_seed(n)
    for _ in range(n):
        x = torch.randn(batch, steps, feat, generator=g)
        yield x, x.sum(dim=(1, 2))
