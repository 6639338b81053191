import torch


def make_loaders(features, batch=4, n_batches=3, steps=6):
    def batches(seed):
        g = torch.Generator().manual_seed(seed)
        return [
            (torch.randn(batch, steps, features, generator=g), torch.randn(batch, 1, generator=g))
            for _ in range(n_batches)
        ]

    return batches(1), batches(2)
