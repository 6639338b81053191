import torch


def crossings(n, legs=8, bs=4):
    x = torch.randn(n, legs, 4)  # stream speed, stream angle, wind speed, wind angle
    y = (x[:, :, 0] * torch.sin(x[:, :, 1]) + 0.3 * x[:, :, 2] * torch.sin(x[:, :, 3])).sum(1)
    return list(zip(x.split(bs), y.split(bs)))
