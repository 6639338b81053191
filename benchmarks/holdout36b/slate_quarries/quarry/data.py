import torch


def synthetic_cores(n, batch=5, steps=8, feats=4):
    return [(torch.randn(batch, steps, feats), torch.randint(0, 2, (batch,))) for _ in range(n)]
