# expect: crash
"""Hurdy-gurdy tuning: per-sample gradient norms with torch.func for a drone-string GRU."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad, vmap

torch.manual_seed(3)


class Drone(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(2, 6, batch_first=True)
        self.fc = nn.Linear(6, 1)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1]).squeeze(-1)


model = Drone()
params = {k: v.detach() for k, v in model.named_parameters()}


def sample_loss(p, x, y):
    pred = functional_call(model, p, (x.unsqueeze(0),))
    return ((pred - y) ** 2).mean()


def per_sample_norms(x, y):
    norms = []
    for i in range(x.size(0)):
        g = grad(sample_loss)(params, x[i], y[i])  # TM002-here
        norms.append(torch.sqrt(sum((t ** 2).sum() for t in g.values())))
    return torch.stack(norms)


x, y = torch.randn(4, 5, 2), torch.randn(4)
n = per_sample_norms(x, y)
print("clip at", n.median().item())
