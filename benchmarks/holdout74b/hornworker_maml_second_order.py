# expect: crash
"""Horn-comb grading across workshops: second-order MAML with functional_call on a GRU classifier."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.func import functional_call

torch.manual_seed(10)


class CombNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.cls = nn.Linear(8, 2)

    def forward(self, x):
        _, h = self.gru(x)
        return self.cls(h[-1])


def task():
    shift = torch.randn(1, 1, 3)
    xs, xq = torch.randn(4, 5, 3) + shift, torch.randn(4, 5, 3) + shift
    return xs, torch.randint(0, 2, (4,)), xq, torch.randint(0, 2, (4,))


def inner_adapt(model, params, x, y, lr=0.1, steps=1):
    for _ in range(steps):
        loss = F.cross_entropy(functional_call(model, params, (x,)), y)
        grads = torch.autograd.grad(loss, list(params.values()), create_graph=True)
        params = {k: v - lr * g for (k, v), g in zip(params.items(), grads)}
    return params


model = CombNet()
meta_opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for it in range(2):
    meta_opt.zero_grad()
    total = 0.0
    for _ in range(2):
        xs, ys, xq, yq = task()
        fast = inner_adapt(model, dict(model.named_parameters()), xs, ys)
        total = total + F.cross_entropy(functional_call(model, fast, (xq,)), yq)
    (total / 2).backward()  # TM003-here
    meta_opt.step()
    print("meta step", it, round(total.item() / 2, 4))
