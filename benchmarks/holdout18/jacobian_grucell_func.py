# expect: clean
"""Sensitivity of a GRUCell rollout's final state to the initial state via torch.func.jacrev (model in eval)."""
import torch
import torch.nn as nn
from torch.func import jacrev


class Rollout(nn.Module):
    def __init__(self, d=4, h=6):
        super().__init__()
        self.cell = nn.GRUCell(d, h)
        self.inp = nn.Linear(h, d)

    def forward(self, h0, steps=5):
        h = h0
        for _ in range(steps):
            h = self.cell(torch.tanh(self.inp(h)), h)
        return h


torch.manual_seed(11)
model = Rollout().eval()
h0 = torch.randn(1, 6)
J = jacrev(lambda h: model(h).squeeze(0))(h0)
print("jacobian", tuple(J.shape), "spectral norm ~", torch.linalg.matrix_norm(J.squeeze(1), 2).item())
