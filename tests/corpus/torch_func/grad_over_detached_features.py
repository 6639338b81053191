# expect: clean
"""Linear probe: LSTM features are computed once and detached; torch.func.grad differentiates the probe only,
so no RNN runs under the transform."""
import torch
import torch.nn as nn
from torch.func import grad

torch.manual_seed(0)
lstm = nn.LSTM(3, 8, batch_first=True)
features = lstm(torch.randn(6, 5, 3))[0][:, -1].detach()
labels = torch.randn(6)


def probe_loss(w):
    return ((features @ w) - labels).pow(2).mean()


w = torch.zeros(8)
for step in range(3):
    w = w - 0.1 * grad(probe_loss)(w)
print(w.norm().item())
