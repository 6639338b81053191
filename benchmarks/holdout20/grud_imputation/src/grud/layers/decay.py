import torch
import torch.nn as nn


def deltas(mask):
    d = torch.zeros_like(mask)
    for t in range(1, mask.shape[1]):
        d[:, t] = 1 + (1 - mask[:, t - 1]) * d[:, t - 1]
    return d


class InputDecay(nn.Module):
    def __init__(self, d, x_mean):
        super().__init__()
        self.w = nn.Parameter(torch.zeros(d))
        self.register_buffer("x_mean", x_mean)

    def forward(self, x, mask, delta):
        gamma = torch.exp(-torch.relu(self.w * delta))
        last = x.clone()
        for t in range(1, x.shape[1]):
            last[:, t] = mask[:, t] * x[:, t] + (1 - mask[:, t]) * last[:, t - 1]
        return mask * x + (1 - mask) * (gamma * last + (1 - gamma) * self.x_mean)
