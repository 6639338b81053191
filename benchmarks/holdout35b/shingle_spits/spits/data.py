import torch


def drift_batches(n, shift=0.0, bs=4, t=6):
    out = []
    for _ in range(n):
        x = torch.randn(bs, t, 3) + shift
        out.append((x, x[:, -1, :2] * 0.5))
    return out
