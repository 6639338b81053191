import torch


def sluice_series(n, length=16, horizon=6):
    x = torch.randn(n, length, 4).cumsum(1) * 0.1
    y = x[:, -1:, :1].expand(n, horizon, 1).squeeze(-1) + 0.05 * torch.randn(n, horizon)
    return x, y
