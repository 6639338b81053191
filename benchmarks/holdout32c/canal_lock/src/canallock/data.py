import torch


def synthetic_levels(n_train=8, n_val=2, bs=4, t=6, n_sensors=3):
    def batch():
        x = torch.randn(bs, t, n_sensors).cumsum(1) * 0.1
        return x, x[:, -1, :1] + 0.05 * torch.randn(bs, 1)

    return [batch() for _ in range(n_train)], [batch() for _ in range(n_val)]
