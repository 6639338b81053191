# expect: clean
"""create_graph=True on a GRU's input gradient, only reported, never differentiated again: first-order only."""
import torch
import torch.nn as nn

torch.manual_seed(0)
gru = nn.GRU(3, 4, batch_first=True)
x = torch.randn(2, 5, 3, requires_grad=True)
(slope,) = torch.autograd.grad(gru(x)[0].sum(), x, create_graph=True)
print(slope.norm().item())
