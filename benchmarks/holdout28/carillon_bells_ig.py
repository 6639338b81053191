# expect: clean
"""Carillon bell wear: integrated gradients on an eval-mode GRU, cuDNN switched off globally."""
import torch
from torch import nn

torch.backends.cudnn.enabled = False   # attribution needs backward through an eval RNN


class Wear(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.head = nn.Linear(8, 1)

    def forward(self, x):
        return self.head(self.gru(x)[0][:, -1]).squeeze(-1)


model = Wear().eval()
x = torch.randn(3, 6, 3)
steps = 6
grads = []
for k in range(1, steps + 1):
    xi = (x * k / steps).requires_grad_(True)
    model(xi).sum().backward()
    grads.append(xi.grad)
attr = x * torch.stack(grads).mean(0)
print(attr.sum().item())
