# expect: crash
"""Yew-hedge clipping planner: a pretrained growth encoder stays frozen through a
train() override; a trainable soil-sensor projection feeds it."""
import torch

from topiary.nets import ClippingPlanner

torch.manual_seed(16)

planner = ClippingPlanner()
params = [p for p in planner.parameters() if p.requires_grad]
opt = torch.optim.Adam(params, lr=1e-2)
readings = torch.randn(8, 12, 5)
target = torch.randn(8, 2)

for epoch in range(3):
    planner.train()
    pred = planner(readings)
    loss = torch.nn.functional.mse_loss(pred, target)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    print(f"epoch {epoch} loss {loss.item():.4f}")
