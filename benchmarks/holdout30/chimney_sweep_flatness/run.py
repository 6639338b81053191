# expect: crash
import os
import sys

import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))
from soot import SootNet, grad_norm_penalty  # noqa: E402

SETTINGS = {"lam": 0.05, "steps": 3, "keep_graph": True}

torch.manual_seed(16)
model = SootNet()
opt = torch.optim.SGD(model.parameters(), lr=0.05)
logs, soot = torch.randn(8, 10, 4), torch.rand(8)
model.train()
for step in range(SETTINGS["steps"]):
    loss = F.mse_loss(model(logs), soot)
    pen = grad_norm_penalty(loss, list(model.parameters()), SETTINGS["keep_graph"])
    total = loss + SETTINGS["lam"] * pen
    opt.zero_grad()
    total.backward()  # TM003-here
    opt.step()
print("loss", loss.item(), "penalty", pen.item())
