# expect: clean
"""Tango step detection: torch.func.grad over an unrolled LSTMCell, which uses no cuDNN kernel."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad

torch.manual_seed(3)


class StepNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.cell = nn.LSTMCell(6, 8)
        self.cls = nn.Linear(8, 4)

    def forward(self, x):
        h = c = x.new_zeros(x.shape[0], 8)
        for t in range(x.shape[1]):
            h, c = self.cell(x[:, t], (h, c))
        return self.cls(h)


net = StepNet().eval()
params = {k: v.detach() for k, v in net.named_parameters()}


def loss_fn(p, x, y):
    return nn.functional.cross_entropy(functional_call(net, p, (x,)), y)


x, y = torch.randn(4, 10, 6), torch.randint(0, 4, (4,))
g = grad(loss_fn)(params, x, y)
print(sorted(g)[:2], float(sum(v.norm() for v in g.values())))
