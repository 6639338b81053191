import torch


def synthetic_loader(n_batches, n_features, batch=4, steps=6):
    g = torch.Generator().manual_seed(n_batches)
    return [(torch.randn(batch, steps, n_features, generator=g), torch.rand(batch, 1, generator=g))
            for _ in range(n_batches)]
