import torch


def season_runs(n, gates=12, bs=4):
    x = torch.randn(n, gates, 3)  # split delta, boat angle, paddle rate
    y = torch.poisson((x[:, :, 1].abs() > 1.2).float().sum(1, keepdim=True) * 0.8)
    return list(zip(x.split(bs), y.split(bs)))
