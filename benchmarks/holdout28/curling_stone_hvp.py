# expect: crash
"""Curling stone curl model: a Hessian-vector product probe of sharpness during training."""
import torch
from torch import nn

torch.manual_seed(2)
model = nn.ModuleDict({"rnn": nn.GRU(3, 8, batch_first=True), "fc": nn.Linear(8, 1)})
model.train()
params = list(model.parameters())
x, y = torch.randn(4, 7, 3), torch.randn(4, 1)


def loss_fn():
    return nn.functional.mse_loss(model["fc"](model["rnn"](x)[0][:, -1]), y)


loss = loss_fn()
grads = torch.autograd.grad(loss, params, create_graph=True)
v = [torch.randn_like(p) for p in params]
gv = sum((g * vi).sum() for g, vi in zip(grads, v))
hv = torch.autograd.grad(gv, params)  # TM003-here
sharp = sum((h * vi).sum() for h, vi in zip(hv, v)).item()
print("v^T H v", sharp)
