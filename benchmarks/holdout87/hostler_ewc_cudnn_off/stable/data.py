import torch


def task_batches(seed, n_batches=3, bs=4, steps=9):
    g = torch.Generator().manual_seed(seed)
    out = []
    for _ in range(n_batches):
        x = torch.randn(bs, steps, 4, generator=g)
        y = torch.randint(0, 3, (bs,), generator=g)
        out.append((x, y))
    return out
