import torch


def tap_batches(n, seed, batch=4, taps=9, bins=6):
    g = torch.Generator().manual_seed(seed)
    out = []
    for _ in range(n):
        x = torch.randn(batch, taps, bins, generator=g)
        out.append((x, torch.randint(0, 4, (batch,), generator=g)))
    return out
