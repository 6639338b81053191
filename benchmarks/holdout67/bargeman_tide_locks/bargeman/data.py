import torch


def synthetic_locks(n, batch=4, steps=6, n_in=4):
    return [(torch.randn(batch, steps, n_in), torch.randn(batch, 1)) for _ in range(n)]
