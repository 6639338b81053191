# expect: clean
"""Whelk boats: per-harbour catch forecasting with second-order MAML.

Each harbour is a task. The recurrent core is unrolled by hand with a GRUCell so the inner loop can
use functional weights and the outer loop can differentiate through the inner update.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.func import functional_call


class CatchNet(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.cell = nn.GRUCell(n_in, hidden)
        self.out = nn.Linear(hidden, 1)
        self.hidden = hidden

    def forward(self, x):
        h = x.new_zeros(x.shape[0], self.hidden)
        for t in range(x.shape[1]):
            h = self.cell(x[:, t], h)
        return self.out(h)


def harbour_task(seed, k=4):
    g = torch.Generator().manual_seed(seed)
    scale = torch.rand(1, generator=g) * 2
    xs = torch.randn(2 * k, 7, 3, generator=g)
    ys = scale * xs[:, :, 0].sum(1, keepdim=True)
    return (xs[:k], ys[:k]), (xs[k:], ys[k:])


def inner_adapt(model, params, support, lr, steps):
    x, y = support
    for _ in range(steps):
        loss = F.mse_loss(functional_call(model, params, (x,)), y)
        grads = torch.autograd.grad(loss, list(params.values()), create_graph=True)
        params = {n: p - lr * g for (n, p), g in zip(params.items(), grads)}
    return params


def main():
    torch.manual_seed(0)
    model = CatchNet()
    meta_opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    for it in range(3):
        meta_opt.zero_grad()
        meta_loss = 0.0
        for seed in range(3):
            support, query = harbour_task(10 * it + seed)
            fast = inner_adapt(model, dict(model.named_parameters()), support, lr=0.05, steps=2)
            meta_loss = meta_loss + F.mse_loss(functional_call(model, fast, (query[0],)), query[1])
        meta_loss.backward()
        meta_opt.step()
        print(f"meta-iter {it}: {meta_loss.item() / 3:.4f}")


if __name__ == "__main__":
    main()
