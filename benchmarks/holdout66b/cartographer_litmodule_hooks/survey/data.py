import torch


def make_loaders(n_train, n_val, batch=4, steps=7):
    def make(n):
        return [(torch.randn(batch, steps, 2), torch.randn(batch, steps)) for _ in range(n)]
    return make(n_train), make(n_val)
