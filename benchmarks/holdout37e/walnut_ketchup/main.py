# expect: clean
"""Walnut ketchup: fermentation pH traces -> batch grade. Validation inside a
class-based context manager that restores the mode on exit; the next
training batch is forwarded after the with-block."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch
import torch.nn.functional as F

from ketchup import BrineNet, Evaluating

torch.manual_seed(18)
model = BrineNet()
opt = torch.optim.SGD(model.parameters(), lr=0.05)
vx, vy = torch.randn(4, 6, 2), torch.randint(0, 3, (4,))
for step in range(4):
    x, y = torch.randn(4, 6, 2), torch.randint(0, 3, (4,))
    if step % 2 == 1:
        with Evaluating(model):
            print("val loss", F.cross_entropy(model(vx), vy).item())
    loss = F.cross_entropy(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
print("training flag at end:", model.training)
