# expect: crash
"""A regressor assembled at module level with `nn.Sequential()` and `add_module(...)`; a function computes input
saliency with `torch.func.vjp` through it, and the GRU it added runs under the transform (in any mode)."""
import torch
import torch.nn as nn
from torch.func import vjp


class LastStep(nn.Module):
    def forward(self, out):
        return out[0][:, -1]


torch.manual_seed(0)
regressor = nn.Sequential()
regressor.add_module("gru", nn.GRU(5, 6, batch_first=True))
regressor.add_module("last", LastStep())
regressor.add_module("fc", nn.Linear(6, 1))


def total(frames):
    return regressor(frames).sum()


value, pullback = vjp(total, torch.randn(2, 7, 5))  # TM002-here
print(pullback(torch.ones_like(value))[0].abs().mean().item())
