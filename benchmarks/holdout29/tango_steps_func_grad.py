# expect: crash
"""Tango step detection: per-batch gradients through torch.func.grad over an LSTM, in train mode."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad

torch.manual_seed(3)


class StepNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(6, 8, batch_first=True)
        self.cls = nn.Linear(8, 4)

    def forward(self, x):
        o, _ = self.lstm(x)
        return self.cls(o[:, -1])


net = StepNet().train()
params = {k: v.detach() for k, v in net.named_parameters()}


def loss_fn(p, x, y):
    return nn.functional.cross_entropy(functional_call(net, p, (x,)), y)


x, y = torch.randn(4, 10, 6), torch.randint(0, 4, (4,))
g = grad(loss_fn)(params, x, y)  # TM002-here
print(sorted(g)[:2], float(sum(v.norm() for v in g.values())))
