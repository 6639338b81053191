import torch


def make_loaders(batch, seq, n_train=3, n_val=2):
    def batches(n):
        return [(torch.randn(batch, seq, 3), torch.randn(batch)) for _ in range(n)]

    return batches(n_train), batches(n_val)
