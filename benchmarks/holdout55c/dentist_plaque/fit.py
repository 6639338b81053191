# expect: crash
import torch
from torch import nn

from plaque import PlaqueNet

torch.manual_seed(6)
model = PlaqueNet().train()
opt = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=1e-2)
x, y = torch.rand(4, 12, 4), torch.rand(4) * 3
for epoch in range(3):
    loss = nn.functional.mse_loss(model(x), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
print("loss", round(loss.item(), 4), "encoder training:", model.encoder.training)
