import torch


def head_batches(n_batches, batch=4, weeks=6, seed=0):
    g = torch.Generator().manual_seed(seed)
    out = []
    for _ in range(n_batches):
        x = torch.rand(batch, weeks, 2, generator=g)
        out.append((x, (x[:, -2:, 0].mean(1) > 0.5).long()))
    return out
