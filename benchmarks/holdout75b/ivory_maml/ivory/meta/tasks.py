import torch


def sample_task(k=4, t=5, d=2):
    w = torch.randn(d)
    xs, xq = torch.randn(k, t, d), torch.randn(k, t, d)
    return (xs, (xs @ w).sum(1)), (xq, (xq @ w).sum(1))
