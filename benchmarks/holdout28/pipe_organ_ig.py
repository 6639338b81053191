# expect: crash
"""Pipe organ tuning drift: integrated gradients computed in batches of alphas."""
import torch
from torch import nn


class Drift(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 8, batch_first=True)
        self.head = nn.Linear(8, 1)

    def forward(self, x):
        return self.head(self.lstm(x)[0][:, -1]).squeeze(-1)


def integrated_gradients(model, x, steps=8, chunk=4):
    baseline = torch.zeros_like(x)
    alphas = torch.linspace(0, 1, steps)
    total = torch.zeros_like(x)
    for a in alphas.split(chunk):
        path = (baseline + a.view(-1, 1, 1, 1) * (x - baseline)).reshape(-1, *x.shape[1:])
        path.requires_grad_(True)
        out = model(path).sum()
        (g,) = torch.autograd.grad(out, path)  # TM001-here
        total += g.reshape(len(a), *x.shape).sum(0)
    return (x - baseline) * total / steps


model = Drift()
model.eval()
pipes = torch.randn(2, 7, 4)
attr = integrated_gradients(model, pipes)
print(attr.abs().sum(dim=(1, 2)))
