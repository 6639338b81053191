# expect: clean
"""Lorimer's bit fitting: meta-learn a rein-pressure model that adapts to a new horse in two steps.

First-order MAML: the inner-loop gradients are treated as constants, so the outer loss needs only one backward.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.func import functional_call

torch.manual_seed(31)


class ReinModel(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.GRU(2, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1]).squeeze(-1)


def horse_task(k=4, steps=5):
    gain = torch.rand(1) * 2
    xs, xq = torch.randn(k, steps, 2), torch.randn(k, steps, 2)
    return (xs, gain * xs[:, :, 0].sum(1)), (xq, gain * xq[:, :, 0].sum(1))


def adapt(model, params, support, inner_lr=0.1, inner_steps=2):
    x, y = support
    for _ in range(inner_steps):
        loss = F.mse_loss(functional_call(model, params, (x,)), y)
        grads = torch.autograd.grad(loss, list(params.values()))
        params = {n: p - inner_lr * g for (n, p), g in zip(params.items(), grads)}
    return params


model = ReinModel()
model.train()
meta_opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for it in range(3):
    meta_opt.zero_grad()
    outer = 0.0
    for _ in range(2):
        support, query = horse_task()
        fast = adapt(model, dict(model.named_parameters()), support)
        outer = outer + F.mse_loss(functional_call(model, fast, (query[0],)), query[1])
    outer.backward()
    meta_opt.step()
    print(it, round(outer.item(), 4))
