# expect: clean
"""Per-site calibration: take the served model and fit it a little to the site's own burns."""
import torch
from torch import nn

from limeburner import *

site_model = load_for_site("north-kiln", seed=6)
site_model.train()  # calibration updates weights, so leave serving mode
x, y = torch.randn(5, 14, 4), torch.rand(5)
opt = torch.optim.Adam(site_model.parameters(), lr=1e-3)
for step in range(3):
    opt.zero_grad()
    loss = nn.functional.mse_loss(torch.sigmoid(site_model(x)), y)
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 4))
