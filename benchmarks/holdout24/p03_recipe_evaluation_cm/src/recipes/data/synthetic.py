import torch


def make_batches(n, batch=3, length=6, vocab=30):
    return [torch.randint(0, vocab, (batch, length)) for _ in range(n)]
