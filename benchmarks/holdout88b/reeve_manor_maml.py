# expect: crash
"""Manor reeve: harvest-yield forecasting per field, meta-learned with second-order MAML.

Each field is a task; the inner loop adapts a GRU forecaster on a few support weeks.
"""
import torch
import torch.nn as nn
from torch.func import functional_call

torch.manual_seed(13)


class YieldGRU(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(3, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        o, _ = self.gru(x)
        return self.out(o[:, -1]).squeeze(-1)


def sample_field(k=4):
    w = torch.randn(3)
    xs = torch.randn(2 * k, 5, 3)
    ys = xs.sum(1) @ w
    return (xs[:k], ys[:k]), (xs[k:], ys[k:])


def inner_adapt(model, params, support, lr=0.05, steps=1):
    x, y = support
    for _ in range(steps):
        loss = ((functional_call(model, params, (x,)) - y) ** 2).mean()
        grads = torch.autograd.grad(loss, list(params.values()), create_graph=True)
        params = {k: p - lr * g for (k, p), g in zip(params.items(), grads)}
    return params


def meta_train(model, meta_steps=2, tasks=3):
    meta_opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    model.train()
    for step in range(meta_steps):
        meta_opt.zero_grad()
        total = 0.0
        for _ in range(tasks):
            support, query = sample_field()
            fast = inner_adapt(model, dict(model.named_parameters()), support)
            qx, qy = query
            q_loss = ((functional_call(model, fast, (qx,)) - qy) ** 2).mean() / tasks
            q_loss.backward()  # TM003-here
            total += q_loss.item()
        meta_opt.step()
        print(step, round(total, 4))


if __name__ == "__main__":
    meta_train(YieldGRU())
