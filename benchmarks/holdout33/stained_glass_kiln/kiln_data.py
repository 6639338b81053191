import torch


def firing_batches(n, steps=8, bs=4):
    ramp = torch.cumsum(torch.rand(n, steps, 1) * 80, dim=1) / 600.0
    hold = torch.rand(n, steps, 1)
    x = torch.cat([ramp, hold], -1)
    y = (ramp[:, 1:, 0] - ramp[:, :-1, 0]).max(1).values.gt(0.11).long()
    return list(zip(x.split(bs), y.split(bs)))
