# expect: crash
import torch
from torch import nn

from bines import BineModel

torch.manual_seed(0)
model = BineModel().train()
opt = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=1e-2)
for week in range(4):
    weather, yield_kg = torch.randn(4, 10, 3), torch.rand(4)
    loss = nn.functional.mse_loss(model(weather), yield_kg)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
print("final", loss.item())
