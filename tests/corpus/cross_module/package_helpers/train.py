# expect: crash
"""The model comes from a factory in a package module and is evaluated by another package module."""
import torch
import torch.nn.functional as F

from training import evaluation
from training.factory import build_model

torch.manual_seed(0)
model = build_model({"features": 3, "hidden": 8})
opt = torch.optim.Adam(model.parameters())
val = [(torch.randn(2, 5, 3), torch.randn(2, 1))]
for epoch in range(2):
    x, y = torch.randn(4, 5, 3), torch.randn(4, 1)
    loss = F.mse_loss(model(x), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    print(epoch, evaluation.evaluate(model, val))
