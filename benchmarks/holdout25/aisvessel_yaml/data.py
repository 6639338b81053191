import torch


def make_tracks(n, batch=4, steps=6):
    for _ in range(n):
        yield torch.randn(batch, steps, 4), torch.randint(0, 3, (batch,))
