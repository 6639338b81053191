# expect: clean
"""Pinfolds: stray-sheep counts over a week -> fold occupancy. Input
sensitivity by torch.func.jacrev through an LSTMCell unrolled by hand."""
import torch
import torch.nn as nn
from torch.func import jacrev

torch.manual_seed(9)


class FoldModel(nn.Module):
    def __init__(self, hidden=6):
        super().__init__()
        self.cell = nn.LSTMCell(2, hidden)
        self.out = nn.Linear(hidden, 1)
        self.hidden = hidden

    def forward(self, x):
        h = x.new_zeros(x.size(0), self.hidden)
        c = x.new_zeros(x.size(0), self.hidden)
        for t in range(x.size(1)):
            h, c = self.cell(x[:, t], (h, c))
        return self.out(h).squeeze(-1)


model = FoldModel().eval()
week = torch.randn(1, 7, 2)
jac = jacrev(lambda inp: model(inp).sum())(week)
print("most influential day:", int(jac.abs().sum(-1).argmax()))
