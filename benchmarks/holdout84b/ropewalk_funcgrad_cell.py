# expect: clean
"""Ropewalk twist tension: per-sample gradient norms with torch.func, unrolled GRUCell regressor."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad

torch.manual_seed(2)


class TwistNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.cell = nn.GRUCell(3, 8)
        self.head = nn.Linear(8, 1)

    def forward(self, x):
        h = x.new_zeros(x.shape[0], 8)
        for t in range(x.shape[1]):
            h = self.cell(x[:, t], h)
        return self.head(h).squeeze(-1)


net = TwistNet()
params = {k: v.detach() for k, v in net.named_parameters()}


def sample_loss(p, x, y):
    pred = functional_call(net, p, (x.unsqueeze(0),))
    return ((pred - y.unsqueeze(0)) ** 2).mean()


def per_sample_grad_norms(xs, ys):
    norms = []
    g_fn = grad(sample_loss)
    for i in range(xs.shape[0]):
        g = g_fn(params, xs[i], ys[i])
        norms.append(torch.sqrt(sum((t ** 2).sum() for t in g.values())))
    return torch.stack(norms)


xs = torch.randn(5, 6, 3)
ys = torch.randn(5)
n = per_sample_grad_norms(xs, ys)
print("grad norms", [round(v, 3) for v in n.tolist()])
keep = n < n.median() * 3
print("kept", int(keep.sum()))
