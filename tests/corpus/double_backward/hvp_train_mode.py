# expect: crash
"""Curvature probe in train mode: torch.autograd.functional.hvp of a loss through a GRU is a double backward."""
import torch
import torch.nn as nn
from torch.autograd.functional import hvp

torch.manual_seed(0)
gru = nn.GRU(3, 5, batch_first=True)
gru.train()
target = torch.randn(2, 5)


def loss_of_input(x):
    return nn.functional.mse_loss(gru(x)[0][:, -1], target)


x = torch.randn(2, 4, 3)
value, curvature = hvp(loss_of_input, x, torch.ones_like(x))  # TM003-here
print(value.item(), curvature.shape)
