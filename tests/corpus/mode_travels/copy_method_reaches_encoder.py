# expect: crash
"""A deep copy of the script's model, left in eval mode, keeps that mode; a method other than forward (the auxiliary loss)
runs the copy's GRU encoder, and its backward crashes."""
import copy

import torch
import torch.nn as nn
import torch.nn.functional as F


class Forecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.enc = nn.GRU(3, 5, batch_first=True)
        self.head = nn.Linear(5, 1)
        self.next_step = nn.Linear(5, 3)

    def encode(self, x):
        return self.enc(x)[0]

    def forward(self, x):
        return self.head(self.encode(x)[:, -1])

    def aux_loss(self, x):
        return F.mse_loss(self.next_step(self.encode(x[:, :-1])), x[:, 1:])


def adapted_copy(x):
    local = copy.deepcopy(model)
    opt = torch.optim.SGD(local.enc.parameters(), lr=0.01)
    opt.zero_grad()
    local.aux_loss(x).backward()  # TM001-here
    opt.step()
    return local


torch.manual_seed(4)
model = Forecaster()
model.eval()
x = torch.randn(2, 6, 3)
with torch.no_grad():
    print(model(x).shape)
print(adapted_copy(x)(x).shape)
