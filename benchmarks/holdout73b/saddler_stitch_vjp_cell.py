# expect: clean
"""Saddler: the same sensitivity study written with a GRUCell unrolled by hand, via torch.func.vjp."""
import torch
import torch.nn as nn
from torch.func import vjp

torch.manual_seed(4)

cell = nn.GRUCell(4, 6)
head = nn.Linear(6, 2)
cell.eval()
head.eval()


def forecast(x):
    h = torch.zeros(6)
    for t in range(x.shape[0]):
        h = cell(x[t].unsqueeze(0), h.unsqueeze(0)).squeeze(0)
    return head(h)


x = torch.randn(5, 4)
out, pullback = vjp(forecast, x)
(gx,) = pullback(torch.ones_like(out))
print("input sensitivity", gx.abs().sum(dim=1))
