# expect: clean
"""The same step function; validation passes learn=False: no grad, no backward in eval mode."""
import contextlib

import torch
from torch import nn

torch.manual_seed(4)
model = nn.ModuleDict({"rnn": nn.RNN(2, 4, batch_first=True), "head": nn.Linear(4, 1)})
optim = torch.optim.SGD(model.parameters(), lr=0.1)


def step(x, y, learn):
    context = contextlib.nullcontext() if learn else torch.no_grad()
    with context:
        h, _ = model["rnn"](x)
        loss = (model["head"](h[:, -1]) - y).pow(2).mean()
    if learn:
        optim.zero_grad()
        loss.backward()
        optim.step()
    return loss.item()


for _ in range(2):
    model.train()
    step(torch.randn(3, 5, 2), torch.randn(3, 1), True)
    model.eval()
    step(torch.randn(3, 5, 2), torch.randn(3, 1), False)
