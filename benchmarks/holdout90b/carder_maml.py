# expect: crash
"""Carder fleece grading per mill: second-order MAML over an LSTM regressor."""
import torch
import torch.nn as nn
from torch.func import functional_call


class FleeceNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.head = nn.Linear(8, 1)

    def forward(self, x):
        y, _ = self.lstm(x)
        return self.head(y[:, -1]).squeeze(-1)


def sample_task(g):
    w = torch.randn(3, generator=g)
    def draw(n):
        x = torch.randn(n, 5, 3, generator=g)
        return x, x.mean(1) @ w
    return draw(4), draw(4)


def inner_adapt(model, params, x, y, lr=0.1, steps=1, first_order=False):
    for _ in range(steps):
        loss = (functional_call(model, params, (x,)) - y).pow(2).mean()
        grads = torch.autograd.grad(loss, list(params.values()), create_graph=not first_order)
        params = {k: v - lr * g for (k, v), g in zip(params.items(), grads)}
    return params


def meta_train(first_order=False, iters=3):
    torch.manual_seed(4)
    g = torch.Generator().manual_seed(4)
    model = FleeceNet()
    meta_opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    for it in range(iters):
        meta_opt.zero_grad()
        total = 0.0
        for _ in range(2):
            (xs, ys), (xq, yq) = sample_task(g)
            fast = inner_adapt(model, dict(model.named_parameters()), xs, ys, first_order=first_order)
            q_loss = (functional_call(model, fast, (xq,)) - yq).pow(2).mean()
            q_loss.backward()  # TM003-here
            total += q_loss.item()
        meta_opt.step()
        print("meta iter", it, total / 2)


if __name__ == "__main__":
    meta_train(first_order=False)
