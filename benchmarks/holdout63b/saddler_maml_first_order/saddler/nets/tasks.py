import torch


def sample_task(n=4, t=5):
    w = torch.randn(2)
    xs, xq = torch.randn(n, t, 2), torch.randn(n, t, 2)
    return (xs, xs.sum(1) @ w), (xq, xq.sum(1) @ w)
