# expect: crash
"""Packhorse-bridge load monitoring: fit a strain model, then report how sensitive
the predicted deflection is to each strain gauge (Jacobian w.r.t. the input)."""
import os
import sys

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

from packhorse.models import DeflectionLSTM  # noqa: E402
from packhorse.analysis import gauge_sensitivity  # noqa: E402

torch.manual_seed(18)

model = DeflectionLSTM()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
x = torch.randn(6, 8, 4)
y = x[..., 2].sum(1, keepdim=True) * 0.2
for _ in range(5):
    opt.zero_grad()
    torch.nn.functional.mse_loss(model(x), y).backward()
    opt.step()

sens = gauge_sensitivity(model, x[0])
print("per-gauge sensitivity:", [round(v, 3) for v in sens.tolist()])
