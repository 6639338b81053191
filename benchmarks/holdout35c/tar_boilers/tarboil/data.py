import torch


def make_batches(n, seed=0, batch=4, steps=7, n_features=5):
    g = torch.Generator().manual_seed(seed)
    out = []
    for _ in range(n):
        x = torch.randn(batch, steps, n_features, generator=g)
        y = x[:, -1, :1] * 0.5 + 0.1 * torch.randn(batch, 1, generator=g)
        out.append((x, y))
    return out
