# expect: crash
"""As grad_table_picked_by_scope_head, but the caller asks for the "all" scope: the helper returns every parameter
of the model, and the gradient asked for in eval mode runs the GRU's backward."""
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
    grads = torch.autograd.grad(loss, list(table.values()))  # TM001-here
    return {name: g.abs().sum().item() for name, g in zip(table, grads)}


model = Forecaster()
print(sensitivity(model, torch.randn(4, 7, 3), "all"))
