"""Per-sample gradient utilities for the hedgehog rescue intake notebooks.

Intake records: daily weight (g), food eaten, temperature, parasite score over the first 7 days in care.
Label: released within 6 weeks or not. Per-sample gradient norms flag records whose label the model fights
hardest, which in our experience are often data-entry errors.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.func import functional_call, grad


class IntakeGRU(nn.Module):
    def __init__(self, n_in=4, hidden=8):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 2)

    def forward(self, x):
        _, h = self.gru(x)
        return self.head(h[-1])


class IntakeGRUCell(nn.Module):
    def __init__(self, n_in=4, hidden=8):
        super().__init__()
        self.hidden = hidden
        self.cell = nn.GRUCell(n_in, hidden)
        self.head = nn.Linear(hidden, 2)

    def forward(self, x):
        h = x.new_zeros(x.size(0), self.hidden)
        for t in range(x.size(1)):
            h = self.cell(x[:, t], h)
        return self.head(h)


def make_model(kind="gru", **kw):
    return {"gru": IntakeGRU, "grucell": IntakeGRUCell}[kind](**kw)


def per_sample_grad_norms(model, xs, ys):
    """One gradient per record, via torch.func.grad over a functional call of the model."""
    params = {k: v.detach() for k, v in model.named_parameters()}

    def loss_one(p, x, y):
        logits = functional_call(model, p, (x.unsqueeze(0),))
        return F.cross_entropy(logits, y.unsqueeze(0))

    norms = []
    for x, y in zip(xs, ys):
        g = grad(loss_one)(params, x, y)  # TM002-here
        norms.append(torch.sqrt(sum((v ** 2).sum() for v in g.values())))
    return torch.stack(norms)
