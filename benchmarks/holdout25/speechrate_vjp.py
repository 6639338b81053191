# expect: crash
"""Speech-rate estimation: input saliency by torch.func.vjp on a GRU regressor kept in train mode."""
import torch
import torch.nn as nn
from torch.func import vjp

torch.manual_seed(8)
rate_model = nn.Sequential()
rate_model.add_module("gru", nn.GRU(5, 8, batch_first=True))


class LastStep(nn.Module):
    def forward(self, out):
        return out[0][:, -1]


rate_model.add_module("pick", LastStep())
rate_model.add_module("fc", nn.Linear(8, 1))
rate_model.train()
mfcc = torch.randn(3, 10, 5)


def rate(frames):
    return rate_model(frames).sum()


value, pullback = vjp(rate, mfcc)  # TM002-here
(saliency,) = pullback(torch.ones_like(value))
print("rate", value.item(), "saliency", saliency.abs().mean().item())
