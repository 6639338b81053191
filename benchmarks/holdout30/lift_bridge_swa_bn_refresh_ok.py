# expect: clean
"""Lift-bridge openings: hand-rolled SWA with a late BatchNorm refresh, then a short fine-tune of the average."""
import copy

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(17)


class OpeningNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.bn = nn.BatchNorm1d(4)
        self.gru = nn.GRU(4, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        x = self.bn(x.transpose(1, 2)).transpose(1, 2)
        return self.out(self.gru(x)[0][:, -1]).squeeze(-1)


def refresh_bn(model, loader):
    model.train()
    for m in model.modules():
        if isinstance(m, nn.modules.batchnorm._BatchNorm):
            m.reset_running_stats()
            m.momentum = None
    with torch.no_grad():
        for x, _ in loader:
            model(x)


loader = [(torch.randn(6, 9, 4), torch.rand(6) * 15) for _ in range(3)]
model = OpeningNet()
opt = torch.optim.SGD(model.parameters(), lr=0.05)
swa, n_avg = None, 0
for epoch in range(4):
    model.train()
    for x, y in loader:
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    if epoch >= 2:
        if swa is None:
            swa = copy.deepcopy(model)
        else:
            for ps, pm in zip(swa.parameters(), model.parameters()):
                ps.data.mul_(n_avg / (n_avg + 1)).add_(pm.data / (n_avg + 1))
        n_avg += 1

refresh_bn(swa, loader)
swa.gru.eval()  # only for a quick deterministic check below, reset before the fine-tune
with torch.no_grad():
    print("swa val", F.mse_loss(swa(loader[1][0]), loader[1][1]).item())
swa.train()
ft = torch.optim.SGD(swa.parameters(), lr=0.01)
x, y = loader[0]
loss = F.mse_loss(swa(x), y)
ft.zero_grad()
loss.backward()
ft.step()
print("swa fine-tune loss", loss.item())
