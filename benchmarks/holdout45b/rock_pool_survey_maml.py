# expect: crash
"""Rock-pool surveys: few-shot species counts per shore with second-order MAML.

Each shore is a task. The inner loop adapts a copy of the weights with
``create_graph=True`` so the outer loss can differentiate through the update.
The model stays in train mode throughout.
"""
import torch
import torch.nn as nn
from torch.func import functional_call

torch.manual_seed(10)


class PoolCounter(nn.Module):
    def __init__(self, hidden=6):
        super().__init__()
        self.gru = nn.GRU(3, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, tide_series):
        h, _ = self.gru(tide_series)
        return self.out(h[:, -1]).squeeze(-1)


def shore_task(k=4):
    scale = torch.rand(1) * 2
    xs = torch.randn(2 * k, 6, 3)
    ys = scale * xs[..., 0].mean(1)
    return (xs[:k], ys[:k]), (xs[k:], ys[k:])


def inner_adapt(model, params, support, lr=0.1, steps=1):
    x, y = support
    for _ in range(steps):
        loss = nn.functional.mse_loss(functional_call(model, params, (x,)), y)
        grads = torch.autograd.grad(loss, list(params.values()), create_graph=True)
        params = {k: v - lr * g for (k, v), g in zip(params.items(), grads)}
    return params


def meta_step(model, meta_opt, n_tasks=2):
    model.train()
    meta_opt.zero_grad()
    total = 0.0
    for _ in range(n_tasks):
        support, query = shore_task()
        fast = inner_adapt(model, dict(model.named_parameters()), support)
        qx, qy = query
        q_loss = nn.functional.mse_loss(functional_call(model, fast, (qx,)), qy)
        q_loss.backward()  # TM003-here
        total += q_loss.item()
    meta_opt.step()
    return total / n_tasks


if __name__ == "__main__":
    model = PoolCounter()
    meta_opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    for it in range(3):
        print("meta iter", it, round(meta_step(model, meta_opt), 4))
