import torch


def sample_estate(k=4, seq=6):
    slope = torch.randn(1)
    xs = torch.randn(2 * k, seq, 3)
    ys = slope * xs.sum(dim=(1, 2)).unsqueeze(-1) * 0.1
    return (xs[:k], ys[:k]), (xs[k:], ys[k:])
