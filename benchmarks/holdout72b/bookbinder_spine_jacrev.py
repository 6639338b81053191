# expect: crash
"""Bookbinder spine-stress model: input Jacobian of stress w.r.t. stitch tensions."""
import torch
import torch.nn as nn
from torch.func import jacrev

torch.manual_seed(2)


class SpineModel(nn.Module):
    def __init__(self, hidden=6):
        super().__init__()
        self.lstm = nn.LSTM(2, hidden)
        self.read = nn.Linear(hidden, 1)

    def forward(self, seq):
        out, _ = self.lstm(seq)
        return self.read(out).squeeze(-1)


def sensitivity(model, seq):
    f = lambda s: model(s)[-1].sum()
    return jacrev(f)(seq)  # TM002-here


model = SpineModel()
model.train()
seq = torch.randn(5, 3, 2)
J = sensitivity(model, seq)
print("jac shape", tuple(J.shape), "max", J.abs().max().item())
