import torch


def synthetic_hive_batches(n_batches=3, batch=4, days=7, seed=0):
    g = torch.Generator().manual_seed(seed)
    out = []
    for _ in range(n_batches):
        x = torch.randn(batch, days, 3, generator=g)
        y = x[:, :, 0].mean(1) * 0.5 + 0.1 * torch.randn(batch, generator=g)
        out.append((x, y))
    return out
