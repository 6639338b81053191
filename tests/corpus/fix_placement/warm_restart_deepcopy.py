# expect: crash
"""Beehive weight forecasting with warm restarts: each cycle after the first restarts from a deep copy of the
best model so far, which was copied right after validation left it in eval mode. Only the first cycle calls
`model.train()`, so cycle 1 trains the copy with its GRU still in eval mode."""
import copy

import torch
import torch.nn as nn


class HiveNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1])


def validate(model):
    model.eval()
    with torch.no_grad():
        x, y = torch.randn(4, 6, 3), torch.randn(4, 1)
        return nn.functional.mse_loss(model(x), y).item()


torch.manual_seed(0)
model = HiveNet()
best = None
for cycle in range(2):
    if cycle > 0:
        model = copy.deepcopy(best)
    else:
        model.train()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for step in range(3):
        x, y = torch.randn(4, 6, 3), torch.randn(4, 1)
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    print(cycle, validate(model))
    best = copy.deepcopy(model)
