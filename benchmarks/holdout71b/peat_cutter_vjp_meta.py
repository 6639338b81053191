# expect: crash
"""Peat-cutter moisture: meta-initialisation step with torch.func.vjp over an LSTM encoder."""
import torch
import torch.nn as nn
from torch.func import functional_call, vjp


class Bog(nn.Module):
    def __init__(self):
        super().__init__()
        self.enc = nn.LSTM(3, 5, batch_first=True)
        self.dec = nn.Linear(5, 1)

    def forward(self, x):
        o, (h, c) = self.enc(x)
        return self.dec(h[-1]).squeeze(-1)


def meta_step(model, x, y, lr=0.1):
    names = [n for n, _ in model.named_parameters()]
    flat = tuple(p.detach() for p in model.parameters())

    def f(*ps):
        return functional_call(model, dict(zip(names, ps)), (x,))

    pred, pullback = vjp(f, *flat)  # TM002-here
    cot = 2 * (pred - y) / y.numel()
    grads = pullback(cot)
    with torch.no_grad():
        for p, g in zip(model.parameters(), grads):
            p.sub_(lr * g)


torch.manual_seed(8)
bog = Bog()
for t in range(2):
    meta_step(bog, torch.randn(4, 6, 3), torch.randn(4))
print("meta ok")
