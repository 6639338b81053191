# expect: crash
"""Broom squires: MAML over heather-bundle suppliers with a GRU encoder (second-order)."""
import torch
import torch.nn as nn
from torch.func import functional_call


class BundleNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.out(h[:, -1]).squeeze(-1)


def inner_adapt(model, params, xs, ys, lr=0.1, steps=1):
    for _ in range(steps):
        loss = ((functional_call(model, params, (xs,)) - ys) ** 2).mean()
        grads = torch.autograd.grad(loss, list(params.values()), create_graph=True)
        params = {k: v - lr * g for (k, v), g in zip(params.items(), grads)}
    return params


def task(seed):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(4, 6, 2, generator=g)
    return x, x.sum((1, 2)) * (seed % 3)


def main():
    torch.manual_seed(9)
    model = BundleNet().train()
    meta_opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    for it in range(2):
        meta_opt.zero_grad()
        total = 0.0
        for s in range(3):
            x, y = task(it * 10 + s)
            fast = inner_adapt(model, dict(model.named_parameters()), x[:2], y[:2])
            q = ((functional_call(model, fast, (x[2:],)) - y[2:]) ** 2).mean()
            q.backward()  # TM003-here
            total += q.item()
        meta_opt.step()
        print(it, total / 3)


if __name__ == "__main__":
    main()
