import torch


def build_loaders(seed=0, n=24, t=6, feat=5, bs=6):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, t, feat, generator=g)
    y = (x[:, :, 0].sum(1) > 0).long()
    split = n * 2 // 3
    tr = [(x[i:i + bs], y[i:i + bs]) for i in range(0, split, bs)]
    va = [(x[i:i + bs], y[i:i + bs]) for i in range(split, n, bs)]
    return tr, va
