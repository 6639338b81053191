# expect: clean
"""Snapshot-ensemble style: a copy of the network is taken while it is still training; the original is then
frozen for evaluation and the copy continues training on a second task."""
import copy

import torch
import torch.nn as nn
import torch.nn.functional as F


class StackedGRU(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.ModuleList([nn.GRU(3, 10, batch_first=True), nn.GRU(10, 10, batch_first=True)])
        self.out = nn.Linear(10, 1)

    def forward(self, x):
        for layer in self.layers:
            x, _ = layer(x)
        return self.out(x[:, -1])


def run_epoch(model, opt, n=3):
    for _ in range(n):
        x = torch.randn(4, 8, 3)
        loss = F.mse_loss(model(x), x.mean((1, 2)).unsqueeze(1))
        opt.zero_grad(); loss.backward(); opt.step()
    return loss.item()


torch.manual_seed(0)
base = StackedGRU()
base.train()
print("base", run_epoch(base, torch.optim.Adam(base.parameters(), lr=1e-2)))

branch = copy.deepcopy(base)          # taken while base is in training mode
base.eval()
with torch.no_grad():
    print("frozen base prediction", base(torch.randn(2, 8, 3)).squeeze(1).tolist())

branch_opt = torch.optim.Adam(branch.parameters(), lr=5e-3)
print("branch", run_epoch(branch, branch_opt))
