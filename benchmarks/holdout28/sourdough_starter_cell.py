# expect: clean
"""Sourdough rise curve: jacobian of the prediction w.r.t. feeding times; the recurrence is an LSTMCell."""
import torch
from torch import nn
from torch.func import jacrev


class Starter(nn.Module):
    def __init__(self):
        super().__init__()
        self.cell = nn.LSTMCell(2, 8)
        self.rise = nn.Linear(8, 1)

    def forward(self, feeds):
        h = c = torch.zeros(feeds.shape[0], 8)
        for t in range(feeds.shape[1]):
            h, c = self.cell(feeds[:, t], (h, c))
        return self.rise(h).squeeze(-1)


model = Starter().eval()
feeds = torch.randn(2, 5, 2)
jac = jacrev(lambda f: model(f).sum())(feeds)
print(jac.shape, jac.abs().mean().item())
