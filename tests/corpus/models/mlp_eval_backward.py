# expect: clean
"""An MLP with dropout trained after eval(): a modelling mistake maybe, but no cuDNN crash."""
import torch
import torch.nn as nn

torch.manual_seed(0)
mlp = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Dropout(0.5), nn.Linear(64, 1))
mlp.eval()
opt = torch.optim.Adam(mlp.parameters())
x, y = torch.randn(32, 20), torch.randn(32, 1)
loss = nn.functional.mse_loss(mlp(x), y)
opt.zero_grad()
loss.backward()
opt.step()
print(loss.item())
