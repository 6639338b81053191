import torch


def bulb_batch(n, days=14, features=3):
    x = torch.randn(n, days, features)
    y = (x[:, :, 0].mean(1) < 0).long()
    return x, y
