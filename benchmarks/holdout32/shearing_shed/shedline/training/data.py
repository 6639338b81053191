import torch


def motor_traces(n, length=10, seed=0):
    g = torch.Generator().manual_seed(seed)
    current = torch.rand(n, length, 1, generator=g)
    return current, 2.0 + 3.0 * current[:, :, 0].mean(1)
