# expect: crash
"""Axle-load forecaster: which past time step moves the forecast most? (jacobian via torch.func)"""
import torch
import torch.nn as nn
from torch.func import jacrev

torch.manual_seed(5)

model = nn.ModuleDict({"rnn": nn.RNN(2, 8, batch_first=True, nonlinearity="relu"), "head": nn.Linear(8, 1)})


def forecast(window):
    h, _ = model["rnn"](window.unsqueeze(0))
    return model["head"](h[0, -1])


opt = torch.optim.Adam(model.parameters(), lr=1e-2)
for _ in range(3):
    x, y = torch.randn(6, 2), torch.randn(1)
    loss = (forecast(x) - y).pow(2).sum()
    opt.zero_grad()
    loss.backward()
    opt.step()

window = torch.randn(6, 2)
jac = jacrev(forecast)(window)  # TM002-here
print("most influential step", int(jac.abs().sum(-1).squeeze(0).argmax()))
