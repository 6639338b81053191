# expect: crash
"""Thatcher reed-bundle MAML: second-order inner loop over a GRU regressor via functional_call."""
import torch
import torch.nn as nn
from torch.func import functional_call

torch.manual_seed(6)


class ReedNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(1, 8, batch_first=True)
        self.head = nn.Linear(8, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.head(h[:, -1])


def task():
    amp, phase = torch.rand(1) * 2, torch.rand(1) * 3
    t = torch.linspace(0, 3, 6)
    xs = torch.sin(t.view(1, -1, 1) + phase + torch.randn(8, 1, 1))
    return xs[:4], amp * xs[:4, -1], xs[4:], amp * xs[4:, -1]


def inner_adapt(net, params, xs, ys, lr=0.1):
    loss = (functional_call(net, params, (xs,)) - ys).pow(2).mean()
    grads = torch.autograd.grad(loss, list(params.values()), create_graph=True)
    return {k: p - lr * g for (k, p), g in zip(params.items(), grads)}


net = ReedNet()
meta_opt = torch.optim.Adam(net.parameters(), 1e-3)
for it in range(2):
    meta_opt.zero_grad()
    total = 0.0
    for _ in range(2):
        xs, ys, xq, yq = task()
        fast = inner_adapt(net, dict(net.named_parameters()), xs, ys)
        q_loss = (functional_call(net, fast, (xq,)) - yq).pow(2).mean()
        total = total + q_loss
    total.backward()  # TM003-here
    meta_opt.step()
    print(it, total.item())
