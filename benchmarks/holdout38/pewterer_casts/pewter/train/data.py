import torch


def casting_batch(n=4, t=7):
    x = torch.randn(n, t, 2)
    y = (x[:, :, 0].max(1).values > 1.0).float()
    return x, y
