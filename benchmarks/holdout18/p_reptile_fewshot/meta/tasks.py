import torch


def sample_task(n=4, T=5, d=3):
    w = torch.randn(d)
    x = torch.randn(n, T, d)
    return x, (x.sum(1) @ w).unsqueeze(-1)
