# expect: clean
"""Bargeman lock-wait prediction: fine-tune a zoo model pulled in with a star import."""
import torch
import torch.nn.functional as F

from bargeman import *  # noqa: F401,F403

torch.manual_seed(12)
model = LockWaitModel.for_finetuning(n_in=4, hidden=8)
opt = torch.optim.Adam(model.parameters(), lr=2e-3)
for x, y in synthetic_locks(3):
    loss = F.mse_loss(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
print("loss", round(loss.item(), 4), "models", sorted(ZOO))
