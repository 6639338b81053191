# expect: crash
"""Punt-chauffeur route timing: a pretrained river encoder stays frozen in eval; a new input adapter is trained."""
import torch
import torch.nn.functional as F

from puntnav import PuntModel

torch.manual_seed(12)

model = PuntModel()
model.train()
print("encoder training flag:", model.encoder.training)
opt = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=1e-2)
for step in range(3):
    x, y = torch.randn(4, 9, 5), torch.randn(4, 1)
    loss = F.mse_loss(model(x), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    print(step, round(loss.item(), 4))
