# expect: crash
"""Chimney draught: MAML over houses (each house a task), second-order through an LSTM."""
import torch
import torch.nn as nn
from torch.func import functional_call

torch.manual_seed(6)


class DraughtNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.fc(h[:, -1]).squeeze(-1)


def house_task():
    w = torch.randn(3)
    xs, xq = torch.randn(4, 5, 3), torch.randn(4, 5, 3)
    return (xs, xs.sum(1) @ w), (xq, xq.sum(1) @ w)


def adapt(model, params, support, inner_lr=0.1, steps=1):
    x, y = support
    for _ in range(steps):
        loss = ((functional_call(model, params, (x,)) - y) ** 2).mean()
        grads = torch.autograd.grad(loss, list(params.values()), create_graph=True)
        params = {k: p - inner_lr * g for (k, p), g in zip(params.items(), grads)}
    return params


model = DraughtNet()
meta_opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for it in range(2):
    meta_opt.zero_grad()
    meta_loss = 0.0
    for _ in range(2):
        support, (xq, yq) = house_task()
        fast = adapt(model, dict(model.named_parameters()), support)
        meta_loss = meta_loss + ((functional_call(model, fast, (xq,)) - yq) ** 2).mean()
    meta_loss.backward()  # TM003-here
    meta_opt.step()
    print(it, meta_loss.item())
