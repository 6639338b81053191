# expect: clean
"""Paragliding thermals: per-sample gradient norms with torch.func, cuDNN disabled around the transform."""
import torch
from torch import nn
from torch.func import functional_call, grad, vmap

model = nn.ModuleDict({"lstm": nn.LSTM(3, 6, batch_first=True), "lift": nn.Linear(6, 1)})


class Wrapped(nn.Module):
    def __init__(self, inner):
        super().__init__()
        self.inner = inner

    def forward(self, x):
        return self.inner["lift"](self.inner["lstm"](x)[0][:, -1]).squeeze(-1)


net = Wrapped(model)
params = {k: v.detach() for k, v in net.named_parameters()}


def loss(p, x, y):
    return (functional_call(net, p, (x,)) - y).pow(2).mean()


x, y = torch.randn(4, 6, 3), torch.randn(4)
norms = []
with torch.backends.cudnn.flags(enabled=False):
    for i in range(4):
        g = grad(loss)(params, x[i:i + 1], y[i:i + 1])
        norms.append(sum(v.pow(2).sum() for v in g.values()).sqrt().item())
print(norms)
