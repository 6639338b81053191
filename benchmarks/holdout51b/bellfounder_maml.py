# expect: crash
"""Bell foundry: each bell is a task. An LSTM reads the strike-tone spectrum over time and
predicts the tuning correction (in cents) for that bell. Second-order MAML: a few inner
SGD steps on the bell's support strikes with create_graph=True, outer loss on its query
strikes, meta-gradient through the inner updates."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.func import functional_call

torch.manual_seed(2)


class Tuner(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 8, batch_first=True)
        self.head = nn.Linear(8, 1)

    def forward(self, x):
        return self.head(self.lstm(x)[0][:, -1]).squeeze(-1)


def bell_task():
    w = torch.randn(4)
    xs, xq = torch.randn(5, 6, 4), torch.randn(5, 6, 4)
    return (xs, xs.mean(1) @ w), (xq, xq.mean(1) @ w)


def inner_adapt(model, params, support, steps=2, lr=0.1):
    x, y = support
    for _ in range(steps):
        loss = F.mse_loss(functional_call(model, params, (x,)), y)
        grads = torch.autograd.grad(loss, list(params.values()), create_graph=True)
        params = {k: v - lr * g for (k, v), g in zip(params.items(), grads)}
    return params


def meta_step(model, opt, tasks):
    opt.zero_grad()
    total = 0.0
    for support, (xq, yq) in tasks:
        fast = inner_adapt(model, dict(model.named_parameters()), support)
        q_loss = F.mse_loss(functional_call(model, fast, (xq,)), yq)
        q_loss.backward()  # TM003-here
        total += q_loss.item()
    opt.step()
    return total / len(tasks)


if __name__ == "__main__":
    model = Tuner()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    model.train()
    for it in range(2):
        print("meta it", it, round(meta_step(model, opt, [bell_task() for _ in range(2)]), 4))
