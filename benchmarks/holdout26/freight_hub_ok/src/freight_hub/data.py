import torch


def make_lanes(n, weeks=10, n_feat=4):
    return [(torch.randn(2, weeks, n_feat), torch.rand(2, 1) * 10) for _ in range(n)]
