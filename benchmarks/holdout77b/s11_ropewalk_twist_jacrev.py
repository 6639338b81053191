# expect: crash
"""Ropewalk twist tension: sensitivity of the predicted tension to every input
step via torch.func.jacrev through a GRU (model in train mode)."""
import torch
import torch.nn as nn
from torch.func import jacrev

torch.manual_seed(5)


class TwistGRU(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, 6, batch_first=True)
        self.out = nn.Linear(6, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.out(h[:, -1]).squeeze(-1)


model = TwistGRU().train()
x = torch.randn(3, 5, 2)
J = jacrev(lambda inp: model(inp))(x)  # TM002-here
print("jacobian", tuple(J.shape))
