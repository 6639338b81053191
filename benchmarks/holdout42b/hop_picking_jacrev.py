# expect: crash
"""Hop picking yields: sensitivity of a GRU forecast to each day's weather via torch.func.jacrev."""
import torch
import torch.nn as nn
from torch.func import jacrev

torch.manual_seed(8)


class Yield(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, 8, batch_first=True)
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.fc(h[:, -1]).squeeze(-1)


model = Yield()
opt = torch.optim.SGD(model.parameters(), lr=0.05)
for _ in range(3):
    x, y = torch.randn(4, 10, 2), torch.randn(4)
    loss = (model(x) - y).pow(2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()

season = torch.randn(1, 10, 2)
with torch.backends.cudnn.flags(enabled=True):
    jac = jacrev(lambda s: model(s).sum())(season)  # TM002-here
print("most influential day", int(jac.abs().sum(-1).argmax()))
