# expect: clean
"""Glazier: crack propagation forecaster for leaded panes."""
import torch
import torch.nn.functional as F

from common_utils import *
from serving_utils import *

torch.manual_seed(10)
model = PaneNet()
x = torch.randn(6, 9, 3)
y = torch.randn(6, 1)
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
for step in range(4):
    model = prepare(model)
    loss = F.mse_loss(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 4), describe(model))
