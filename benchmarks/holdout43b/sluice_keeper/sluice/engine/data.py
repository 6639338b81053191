import torch


def gauge_batch(mcfg, n=6):
    x = torch.randn(n, mcfg["window"], mcfg["features"])
    y = (x[:, -3:, 0].mean(1) + 0.5 * x[:, :, 1].mean(1) > 0).float()
    return x, y
