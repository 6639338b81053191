# expect: clean
import torch
from torch import nn

from kilnkit import *

torch.manual_seed(9)
model = prepare(KilnNet())
print("params", count_params(model))
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
x, y = torch.randn(5, 8, 4), torch.rand(5)
for step in range(2):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    opt.step()
print("loss", loss.item())
