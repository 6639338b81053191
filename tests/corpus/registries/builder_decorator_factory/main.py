# expect: crash
"""Bakery demand: the model comes from a registry of builder functions filled by a `@register(name)` decorator
factory. The "gru_small" builder hands back its model already in eval mode, ready for serving, and this
fine-tuning script trains it as it comes, so the backward runs through the GRU in eval mode."""
import torch
import torch.nn as nn

from bakery import build

torch.manual_seed(0)
cfg = {"arch": "gru_small", "hidden": 8}
model = build(cfg)
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
for day in range(3):
    x, y = torch.randn(4, 7, 3), torch.randn(4, 1)
    loss = nn.functional.mse_loss(model(x), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    print(day, round(loss.item(), 4))
