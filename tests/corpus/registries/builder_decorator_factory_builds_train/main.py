# expect: clean
"""Bakery demand: the model comes from a registry of builder functions filled by a `@register(name)` decorator
factory. The "gru_small" builder hands back its model in train mode, so this fine-tuning script, which trains
it as it comes, runs every backward through a train-mode GRU."""
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
    loss.backward()
    opt.step()
    print(day, round(loss.item(), 4))
