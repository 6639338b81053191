# expect: clean
"""A Hessian-vector product of the loss with respect to the head's weight only, given as the function's argument;
the GRU runs on a fixed input inside the function. Differentiating twice with respect to `w` never reaches the
GRU's backward, so this runs on cuDNN in train mode."""
import torch
import torch.nn as nn
from torch.autograd.functional import hvp

gru = nn.GRU(3, 5, batch_first=True)
head = nn.Linear(5, 1)
x, y = torch.randn(4, 6, 3), torch.randn(4, 1)


def loss_of_weight(w):
    h, _ = gru(x)
    return ((h[:, -1] @ w.t() + head.bias - y) ** 2).mean()


w = head.weight.detach().clone()
_, hv = hvp(loss_of_weight, w, torch.randn_like(w))
print("curvature", (hv ** 2).sum().item())
