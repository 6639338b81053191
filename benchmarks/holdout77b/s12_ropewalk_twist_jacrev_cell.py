# expect: clean
"""Ropewalk twist tension: the same torch.func.jacrev sensitivity, but the
model unrolls a GRUCell by hand, which never uses the cuDNN RNN kernel."""
import torch
import torch.nn as nn
from torch.func import jacrev

torch.manual_seed(5)


class TwistCell(nn.Module):
    def __init__(self):
        super().__init__()
        self.cell = nn.GRUCell(2, 6)
        self.out = nn.Linear(6, 1)

    def forward(self, x):
        h = x.new_zeros(x.shape[0], 6)
        for t in range(x.shape[1]):
            h = self.cell(x[:, t], h)
        return self.out(h).squeeze(-1)


model = TwistCell().eval()
x = torch.randn(3, 5, 2)
J = jacrev(lambda inp: model(inp))(x)
print("jacobian", tuple(J.shape))
