# expect: clean
"""Bookbinder spine-stress model: input Jacobian, recurrent step unrolled with an LSTMCell."""
import torch
import torch.nn as nn
from torch.func import jacrev

torch.manual_seed(2)


class SpineModel(nn.Module):
    def __init__(self, hidden=6):
        super().__init__()
        self.cell = nn.LSTMCell(2, hidden)
        self.read = nn.Linear(hidden, 1)
        self.hidden = hidden

    def forward(self, seq):
        h = seq.new_zeros(seq.shape[1], self.hidden)
        c = torch.zeros_like(h)
        outs = []
        for t in range(seq.shape[0]):
            h, c = self.cell(seq[t], (h, c))
            outs.append(h)
        return self.read(torch.stack(outs)).squeeze(-1)


def sensitivity(model, seq):
    f = lambda s: model(s)[-1].sum()
    return jacrev(f)(seq)


model = SpineModel()
model.eval()
seq = torch.randn(5, 3, 2)
J = sensitivity(model, seq)
print("jac shape", tuple(J.shape), "max", J.abs().max().item())
