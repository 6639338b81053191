import torch
from torch import nn


class LearnedJitter(nn.Module):
    """Per-channel noise scale and offset, learned by gradient through the model."""

    def __init__(self, c):
        super().__init__()
        self.log_scale = nn.Parameter(torch.full((c,), -2.0))
        self.shift = nn.Parameter(torch.zeros(c))

    def forward(self, x):
        return x + self.log_scale.exp() * torch.randn_like(x) + self.shift
