import torch


def torque_batches(n, batch=4, t=8):
    for _ in range(n):
        x = torch.randn(batch, t, 1).cumsum(1) * 0.2
        y = (x[:, -1, 0] > 0).long()
        yield x, y
