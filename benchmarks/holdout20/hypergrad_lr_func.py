# expect: crash
"""Hypergradient descent on the learning rate for a small GRU forecaster,
written functionally with torch.func.grad + functional_call.
alpha_{t+1} = alpha_t + beta * <g_t, g_{t-1}>."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad

torch.manual_seed(10)


class Forecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(1, 6, batch_first=True)
        self.out = nn.Linear(6, 1)

    def forward(self, x):
        o, _ = self.gru(x)
        return self.out(o[:, -1])


model = Forecaster()


def loss_fn(params, x, y):
    pred = functional_call(model, params, (x,))
    return ((pred - y) ** 2).mean()


def hd_sgd(params, batches, alpha=0.01, beta=1e-3):
    prev = None
    for x, y in batches:
        g = grad(loss_fn)(params, x, y)  # TM002-here
        if prev is not None:
            h = sum((a * b).sum() for a, b in zip(g.values(), prev.values()))
            alpha = alpha + beta * float(h)
        params = {k: v - alpha * g[k] for k, v in params.items()}
        prev = g
    return params, alpha


if __name__ == "__main__":
    p0 = {k: v.detach() for k, v in model.named_parameters()}
    series = torch.randn(3, 4, 7, 1)
    batches = [(s[:, :-1], s[:, -1]) for s in series]
    _, lr = hd_sgd(p0, batches)
    print("final lr", lr)
