import torch


def shift_batches(n_batches, batch=4, steps=6, n_in=6, n_cls=3):
    return [(torch.randn(batch, steps, n_in), torch.randint(0, n_cls, (batch,))) for _ in range(n_batches)]
