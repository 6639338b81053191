# expect: clean
"""Sensitivity of the read-out weights: a helper returns `dict(model.head.named_parameters(prefix="head"))` when the
caller asks for the "head" scope (the whole model's otherwise); the gradient taken in eval mode is asked for those
values only, so no backward runs through the GRU."""
import torch
from torch import nn


class Forecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 6, batch_first=True)
        self.head = nn.Linear(6, 2)

    def forward(self, x):
        return self.head(self.gru(x)[0][:, -1])


def parameters_in(model, scope):
    if scope == "head":
        return dict(model.head.named_parameters(prefix="head"))
    return dict(model.named_parameters())


def sensitivity(model, x, scope):
    model.eval()
    table = parameters_in(model, scope)
    loss = model(x).pow(2).sum()
    grads = torch.autograd.grad(loss, list(table.values()))
    return {name: g.abs().sum().item() for name, g in zip(table, grads)}


model = Forecaster()
print(sensitivity(model, torch.randn(4, 7, 3), "head"))
