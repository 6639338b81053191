# expect: clean
"""Bog iron: per-sample gradients with torch.func.grad over functional_call through an LSTMCell unrolled by hand."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad, vmap

torch.manual_seed(3)

lstm = nn.LSTMCell(3, 5)
lin = nn.Linear(5, 1)
params = {**{"lstm." + k: v.detach() for k, v in lstm.named_parameters()},
          **{"lin." + k: v.detach() for k, v in lin.named_parameters()}}
mods = nn.ModuleDict({"lstm": lstm, "lin": lin})


def loss_fn(p, x, y):
    cell_p = {k[5:]: v for k, v in p.items() if k.startswith("lstm.")}
    h = c = x.new_zeros(x.shape[0], 5)
    for t in range(x.shape[1]):
        h, c = functional_call(mods["lstm"], cell_p, (x[:, t], (h, c)))
    pred = functional_call(mods["lin"], {k[4:]: v for k, v in p.items() if k.startswith("lin.")}, (h,))
    return (pred - y).pow(2).mean()


x, y = torch.randn(4, 1, 6, 3), torch.randn(4, 1, 1)
g = vmap(grad(loss_fn), in_dims=(None, 0, 0))(params, x, y)
print(sorted(g)[:1])
