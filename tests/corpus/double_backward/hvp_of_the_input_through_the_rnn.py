# expect: crash
"""A Hessian-vector product of the loss with respect to the input sequence, given as the function's argument: the
input runs through the GRU, so the second differentiation goes back through the GRU's backward, which cuDNN cannot
differentiate again, whatever the mode."""
import torch
import torch.nn as nn
from torch.autograd.functional import hvp

gru = nn.GRU(3, 5, batch_first=True)
head = nn.Linear(5, 1)
x, y = torch.randn(4, 6, 3), torch.randn(4, 1)


def loss_of_input(seq):
    h, _ = gru(seq)
    return ((head(h[:, -1]) - y) ** 2).mean()


_, hv = hvp(loss_of_input, x.clone(), torch.randn_like(x))  # TM003-here
print("curvature", (hv ** 2).sum().item())
