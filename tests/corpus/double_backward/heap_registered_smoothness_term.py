# expect: crash
"""Kiln temperature forecasts: loss terms register themselves by a decorator into a module-level heap
(`heapq.heappush(TERMS, (priority, fn))`) and the loss sums them in priority order. The smoothness term takes the
input gradient with `create_graph=True`, so the backward differentiates the LSTM twice."""
import heapq

import torch
from torch import nn

TERMS = []


def term(priority):
    def register(fn):
        heapq.heappush(TERMS, (priority, fn.__name__, fn))
        return fn
    return register


class KilnNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 6, batch_first=True)
        self.temp = nn.Linear(6, 1)

    def forward(self, x):
        return self.temp(self.lstm(x)[0][:, -1])


@term(priority=0)
def fit_term(ctx):
    return nn.functional.mse_loss(ctx["pred"], ctx["target"])


@term(priority=5)
def smoothness_term(ctx):
    (g,) = torch.autograd.grad(ctx["pred"].sum(), ctx["inputs"], create_graph=True)
    return 0.01 * g.pow(2).mean()


def total_loss(model, inputs, target):
    inputs = inputs.requires_grad_(True)
    ctx = {"inputs": inputs, "target": target, "pred": model(inputs)}
    return sum(fn(ctx) for _, _, fn in sorted(TERMS))


torch.manual_seed(7)
model = KilnNet()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
model.train()
for step in range(2):
    loss = total_loss(model, torch.rand(4, 6, 2), torch.rand(4, 1))
    opt.zero_grad()
    loss.backward()  # TM003-here
    opt.step()
    print(step, loss.item())
