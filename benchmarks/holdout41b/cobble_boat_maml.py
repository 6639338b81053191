# expect: crash
"""Cobble-boat catch forecasting per harbour: second-order MAML over an LSTM regressor,
each harbour a task with a support and a query split."""
import torch
import torch.nn as nn
from torch.func import functional_call

torch.manual_seed(9)


class CatchLSTM(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(3, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1]).squeeze(-1)


def harbour_task(k=4):
    w = torch.randn(3)
    xs, xq = torch.randn(k, 5, 3), torch.randn(k, 5, 3)
    return (xs, xs.sum(1) @ w), (xq, xq.sum(1) @ w)


def inner_adapt(model, params, support, lr=0.1, steps=1):
    x, y = support
    for _ in range(steps):
        loss = ((functional_call(model, params, (x,)) - y) ** 2).mean()
        grads = torch.autograd.grad(loss, list(params.values()), create_graph=True)
        params = {k: v - lr * g for (k, v), g in zip(params.items(), grads)}
    return params


def meta_train(model, meta_steps=2, tasks_per_step=2):
    meta_opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    model.train()
    for step in range(meta_steps):
        meta_opt.zero_grad()
        total = 0.0
        for _ in range(tasks_per_step):
            support, (xq, yq) = harbour_task()
            fast = inner_adapt(model, dict(model.named_parameters()), support)
            q_loss = ((functional_call(model, fast, (xq,)) - yq) ** 2).mean()
            q_loss.backward()  # TM003-here
            total += q_loss.item()
        meta_opt.step()
        print("meta step", step, total / tasks_per_step)


if __name__ == "__main__":
    meta_train(CatchLSTM())
