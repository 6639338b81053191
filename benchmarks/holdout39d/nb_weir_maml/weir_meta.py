"""MAML helpers for the weir-keepers' site-adaptation notebook."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.func import functional_call


class LevelGRU(nn.Module):
    def __init__(self, n_in=2, hidden=8):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        o, _ = self.gru(x)
        return self.fc(o[:, -1]).squeeze(-1)


def sample_site(n=6, steps=5, seed=None):
    g = torch.Generator().manual_seed(seed) if seed is not None else None
    scale = torch.rand(1, generator=g) * 2
    x = torch.randn(n, steps, 2, generator=g)
    y = scale * x[:, :, 0].sum(1)
    return x, y


class MetaLearner:
    def __init__(self, model, inner_lr=0.05, outer_lr=1e-3, inner_steps=1, first_order=False):
        self.model = model
        self.inner_lr = inner_lr
        self.inner_steps = inner_steps
        self.first_order = first_order
        self.opt = torch.optim.Adam(model.parameters(), lr=outer_lr)

    def adapt(self, xs, ys):
        params = dict(self.model.named_parameters())
        for _ in range(self.inner_steps):
            loss = F.mse_loss(functional_call(self.model, params, (xs,)), ys)
            grads = torch.autograd.grad(loss, list(params.values()), create_graph=not self.first_order)
            params = {k: v - self.inner_lr * g for (k, v), g in zip(params.items(), grads)}
        return params

    def meta_step(self, tasks):
        self.model.train()
        self.opt.zero_grad()
        total = 0.0
        for (xs, ys), (xq, yq) in tasks:
            fast = self.adapt(xs, ys)
            total = total + F.mse_loss(functional_call(self.model, fast, (xq,)), yq)
        total = total / len(tasks)
        total.backward()  # TM003-here
        self.opt.step()
        return total.item()
