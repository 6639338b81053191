# expect: crash
"""Bog iron: per-sample gradients with torch.func.grad over functional_call through an LSTM (train mode)."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad, vmap

torch.manual_seed(3)

lstm = nn.LSTM(3, 5, batch_first=True)
lin = nn.Linear(5, 1)
params = {**{"lstm." + k: v.detach() for k, v in lstm.named_parameters()},
          **{"lin." + k: v.detach() for k, v in lin.named_parameters()}}
mods = nn.ModuleDict({"lstm": lstm, "lin": lin})


def loss_fn(p, x, y):
    out, _ = functional_call(mods["lstm"], {k[5:]: v for k, v in p.items() if k.startswith("lstm.")}, (x,))
    pred = functional_call(mods["lin"], {k[4:]: v for k, v in p.items() if k.startswith("lin.")}, (out[:, -1],))
    return (pred - y).pow(2).mean()


x, y = torch.randn(4, 1, 6, 3), torch.randn(4, 1, 1)
g = vmap(grad(loss_fn), in_dims=(None, 0, 0))(params, x, y)  # TM002-here
print(sorted(g)[:1])
