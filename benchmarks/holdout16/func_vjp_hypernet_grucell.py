# expect: clean
"""A hypernetwork generates the input projection for a GRUCell sequence model;
torch.func.vjp gives the pull-back of an output cotangent to the hyper-embedding."""
import torch
import torch.nn as nn
from torch.func import vjp


class HyperGRU(nn.Module):
    def __init__(self, z=4, d=3, h=6):
        super().__init__()
        self.d, self.h = d, h
        self.hyper = nn.Linear(z, d * h)
        self.cell = nn.GRUCell(h, h)
        self.out = nn.Linear(h, 1)

    def forward(self, z, x):
        W = self.hyper(z).view(self.d, self.h)
        h = x.new_zeros(x.size(0), self.h)
        for t in range(x.size(1)):
            h = self.cell(x[:, t] @ W, h)
        return self.out(h)


torch.manual_seed(0)
net = HyperGRU().eval()
x = torch.randn(2, 5, 3)
z = torch.randn(4)
out, pullback = vjp(lambda zz: net(zz, x), z)
(gz,) = pullback(torch.ones_like(out))
print("dz", gz.tolist())
