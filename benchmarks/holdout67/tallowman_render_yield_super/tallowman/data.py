import torch


def random_batches(n, seed, batch=4, steps=6, n_in=4):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(batch, steps, n_in, generator=g), torch.randn(batch, 1, generator=g)) for _ in range(n)]
