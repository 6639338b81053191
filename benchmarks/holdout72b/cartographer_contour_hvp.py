# expect: crash
"""Cartographer contour-line model: curvature probe along a random direction with hvp."""
import torch
import torch.nn as nn
from torch.autograd.functional import hvp
from torch.func import functional_call

torch.manual_seed(6)


class Contour(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, 6, batch_first=True)
        self.readout = nn.Linear(6, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.readout(h[:, -1])


net = Contour()
opt = torch.optim.SGD(net.parameters(), lr=0.05)
xs, ys = torch.randn(4, 8, 2), torch.randn(4, 1)
names = [n for n, _ in net.named_parameters()]

for it in range(3):
    opt.zero_grad()
    nn.functional.mse_loss(net(xs), ys).backward()
    opt.step()


def loss_at(*flat):
    return nn.functional.mse_loss(functional_call(net, dict(zip(names, flat)), (xs,)), ys)


net.train()
point = tuple(p.detach() for p in net.parameters())
direction = tuple(torch.randn_like(p) for p in point)
_, hv = hvp(loss_at, point, direction)  # TM003-here
print("curvature along direction", sum((a * b).sum() for a, b in zip(hv, direction)).item())
