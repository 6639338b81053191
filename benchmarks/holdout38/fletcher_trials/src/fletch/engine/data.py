import torch


def arrow_batches(n, batch=4, steps=6, n_feat=5):
    for _ in range(n):
        x = torch.randn(batch, steps, n_feat)
        y = torch.randn(batch, 2)
        yield x, y
