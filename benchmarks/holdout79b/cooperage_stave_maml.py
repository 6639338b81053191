# expect: crash
"""Cooperage stave moisture: each barrel yard is a task; a second-order MAML inner
loop adapts an LSTM regressor to a yard from five curves."""
import torch
import torch.nn as nn
from torch.func import functional_call

torch.manual_seed(6)


class StaveNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(2, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1]).squeeze(-1)


def sample_task(n=5, t=8):
    drift = torch.randn(1)
    x = torch.randn(2 * n, t, 2)
    y = x[:, :, 0].mean(1) * drift + 0.1 * torch.randn(2 * n)
    return (x[:n], y[:n]), (x[n:], y[n:])


def inner_adapt(model, params, support, lr=0.1, steps=1):
    xs, ys = support
    for _ in range(steps):
        loss = nn.functional.mse_loss(functional_call(model, params, (xs,)), ys)
        grads = torch.autograd.grad(loss, list(params.values()), create_graph=True)
        params = {k: v - lr * g for (k, v), g in zip(params.items(), grads)}
    return params


def meta_train(model, meta_opt, n_iters=3, tasks_per_iter=2):
    model.train()
    for it in range(n_iters):
        meta_opt.zero_grad()
        total = 0.0
        for _ in range(tasks_per_iter):
            support, query = sample_task()
            fast = inner_adapt(model, dict(model.named_parameters()), support)
            q_loss = nn.functional.mse_loss(functional_call(model, fast, (query[0],)), query[1])
            total = total + q_loss
        (total / tasks_per_iter).backward()  # TM003-here
        meta_opt.step()
        print(f"meta-iter {it} query mse {total.item() / tasks_per_iter:.4f}")


if __name__ == "__main__":
    net = StaveNet()
    meta_train(net, torch.optim.Adam(net.parameters(), lr=1e-3))
