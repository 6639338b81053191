# expect: crash
"""Scythesmith: MAML over grinding tasks (one task = one whetstone); edge-wear sequence -> sharpness."""
import torch
import torch.nn as nn
from torch.func import functional_call

torch.manual_seed(5)
INNER_LR, META_LR, INNER_STEPS = 0.1, 1e-3, 1


class EdgeNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.enc = nn.LSTM(3, 8, batch_first=True)
        self.reg = nn.Linear(8, 1)

    def forward(self, x):
        o, _ = self.enc(x)
        return self.reg(o.mean(1))


def sample_task():
    w = torch.randn(3)
    def draw(n):
        x = torch.randn(n, 5, 3)
        return x, (x @ w).mean(1, keepdim=True)
    return draw


def adapt(model, params, x, y, first_order=False):
    for _ in range(INNER_STEPS):
        loss = nn.functional.mse_loss(functional_call(model, params, (x,)), y)
        grads = torch.autograd.grad(loss, list(params.values()), create_graph=not first_order)
        params = {k: v - INNER_LR * g for (k, v), g in zip(params.items(), grads)}
    return params


def meta_step(model, opt, tasks, first_order=False):
    opt.zero_grad()
    meta_loss = 0.0
    for draw in tasks:
        xs, ys = draw(4)
        xq, yq = draw(4)
        fast = adapt(model, dict(model.named_parameters()), xs, ys, first_order)
        meta_loss = meta_loss + nn.functional.mse_loss(functional_call(model, fast, (xq,)), yq)
    meta_loss = meta_loss / len(tasks)
    meta_loss.backward()  # TM003-here
    opt.step()
    return meta_loss.item()


model = EdgeNet().train()
opt = torch.optim.Adam(model.parameters(), lr=META_LR)
for it in range(3):
    print(it, meta_step(model, opt, [sample_task() for _ in range(2)]))
