# expect: crash
# fix: cudnn
"""An ensemble keeps its members in a plain list (`self.members = list(members)`), so they are no
submodules: its own eval() override reaches them, but the ensemble's inherited train() does not, and
the members' next training forwards run in eval mode. (A list has no train(): the fix runs the fit without
cuDNN.)"""
import itertools

import torch
import torch.nn as nn
import torch.nn.functional as F


class ChuteGRU(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 6, batch_first=True)
        self.out = nn.Linear(6, 1)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1])


class Ensemble(nn.Module):
    def __init__(self, members):
        super().__init__()
        self.members = list(members)
        self.bias = nn.Parameter(torch.zeros(1))

    def parameters(self, recurse=True):
        return itertools.chain([self.bias], *(m.parameters() for m in self.members))

    def eval(self):
        for m in self.members:
            m.eval()
        return super().eval()

    def each(self, x):
        return [m(x) + self.bias for m in self.members]


def fit(ens, opt, data):
    for x, y in data:
        opt.zero_grad()
        loss = sum(F.mse_loss(p, y) for p in ens.each(x))
        loss.backward()  # TM001-here
        opt.step()


ens = Ensemble([ChuteGRU() for _ in range(3)])
opt = torch.optim.Adam(ens.parameters(), lr=1e-2)
data = [(torch.randn(4, 6, 3), torch.randn(4, 1)) for _ in range(2)]
ens.train()
fit(ens, opt, data)
ens.eval()
with torch.no_grad():
    print(torch.stack(ens.each(data[0][0])).std(0).mean().item())
ens.train()
fit(ens, opt, data)
