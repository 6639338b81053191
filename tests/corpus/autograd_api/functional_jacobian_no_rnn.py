# expect: clean
"""Jacobian of an eval-mode MLP (dropout off) with torch.autograd.functional: no RNN, no problem."""
import torch
import torch.nn as nn
from torch.autograd.functional import jacobian

torch.manual_seed(0)
mlp = nn.Sequential(nn.Linear(4, 16), nn.Tanh(), nn.Dropout(0.1), nn.Linear(16, 2))
mlp.eval()
print(jacobian(mlp, torch.randn(4)).shape)
