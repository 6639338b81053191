import torch


def tap_batches(n, seed=0):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 9, 6, generator=g), torch.randint(0, 4, (4,), generator=g)) for _ in range(n)]
