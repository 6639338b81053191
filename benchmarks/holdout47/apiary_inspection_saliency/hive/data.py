import torch


def inspection_batches(n, batch=4, hours=8, seed=0):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(batch, hours, 4, generator=g), torch.randint(0, 3, (batch,), generator=g))
            for _ in range(n)]
