# expect: clean
"""Chalk-figure turf regrowth: the same jacrev sensitivity, with an LSTMCell unrolled by hand."""
import torch
import torch.nn as nn
from torch.func import jacrev

torch.manual_seed(7)


class CoverCell(nn.Module):
    def __init__(self):
        super().__init__()
        self.cell = nn.LSTMCell(1, 6)
        self.head = nn.Linear(6, 1)

    def forward(self, rain):
        h = rain.new_zeros(1, 6)
        c = rain.new_zeros(1, 6)
        for t in range(rain.shape[0]):
            h, c = self.cell(rain[t].view(1, 1), (h, c))
        return self.head(h[0]).squeeze()


def sensitivity_report(model, series):
    model.eval()
    jac = jacrev(model)(series)
    return {f"month_{i}": round(v, 4) for i, v in enumerate(jac.tolist())}


model = CoverCell()
series = torch.rand(8)
print(sensitivity_report(model, series))
