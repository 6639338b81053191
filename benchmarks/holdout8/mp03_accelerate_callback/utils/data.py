import torch


def toy_regression_batches(n, seed=0, seq=6, feat=3):
    g = torch.Generator().manual_seed(seed)
    for _ in range(n):
        x = torch.randn(4, seq, feat, generator=g)
        yield x, x.sum(dim=(1, 2)).unsqueeze(-1)
