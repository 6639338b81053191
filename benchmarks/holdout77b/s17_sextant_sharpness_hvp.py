# expect: crash
"""Sextant sight reduction: a GRU regressor trained a few steps, then the
curvature along the last update direction is measured with a Hessian-vector
product of the training loss (model still in train mode)."""
import torch
import torch.nn as nn
from torch.autograd.functional import hvp

torch.manual_seed(8)

rnn = nn.GRU(3, 6, batch_first=True)
head = nn.Linear(6, 1)
x, y = torch.randn(4, 5, 3), torch.randn(4, 1)
opt = torch.optim.SGD(list(rnn.parameters()) + list(head.parameters()), lr=0.05)

for _ in range(3):
    h, _ = rnn(x)
    loss = ((head(h[:, -1]) - y) ** 2).mean()
    opt.zero_grad(); loss.backward(); opt.step()

w0 = head.weight.detach().clone()


def loss_of_head(w):
    h, _ = rnn(x)
    return ((h[:, -1] @ w.t() + head.bias - y) ** 2).mean()


w_in = torch.ones(1, 6)
v = torch.randn_like(w0)
_, hv = hvp(loss_of_head, w_in, v)
print("curvature along v (head only)", (hv * v).sum().item())


def loss_of_input(inp):
    h, _ = rnn(inp)
    return ((head(h[:, -1]) - y) ** 2).mean()


_, hv_x = hvp(loss_of_input, x.clone(), torch.randn_like(x))  # TM003-here
print("input curvature", (hv_x ** 2).sum().item())
