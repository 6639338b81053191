# expect: crash
"""Kipper smokehouse: adapt last season's smoke-density model to a new kiln with
Fisher-weighted (EWC) regularisation toward the old weights."""
import os
import tempfile

import torch

from kipper.models import SmokeModel, load_for_inference
from kipper.continual import diagonal_fisher, ewc_penalty

torch.manual_seed(14)

old_data = [(torch.randn(4, 8, 3), torch.randn(4)) for _ in range(4)]
new_data = [(torch.randn(4, 8, 3) + 0.5, torch.randn(4)) for _ in range(4)]

# last season: train and save
base = SmokeModel()
opt = torch.optim.Adam(base.parameters(), lr=1e-2)
for x, y in old_data:
    opt.zero_grad()
    torch.nn.functional.mse_loss(base(x), y).backward()
    opt.step()
fd, ckpt = tempfile.mkstemp(suffix=".pt")
os.close(fd)
torch.save(base.state_dict(), ckpt)

try:
    model = load_for_inference(ckpt)
    fisher, anchor = diagonal_fisher(model, old_data)
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    model.train()
    for x, y in new_data:
        loss = torch.nn.functional.mse_loss(model(x), y) + 10.0 * ewc_penalty(model, fisher, anchor)
        opt.zero_grad()
        loss.backward()
        opt.step()
    print("adapted, last loss", round(loss.item(), 4))
finally:
    os.remove(ckpt)
