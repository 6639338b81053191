# expect: crash
"""Ropewalk tension model: power iteration on Hessian-vector products for the top curvature."""
import torch
import torch.nn as nn


class Rope(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 4, batch_first=True)
        self.head = nn.Linear(4, 1)

    def forward(self, x):
        o, _ = self.lstm(x)
        return self.head(o).squeeze(-1)


def hvp(loss_fn, params, v):
    loss = loss_fn()
    gs = torch.autograd.grad(loss, params, create_graph=True)
    dot = sum((g * vi).sum() for g, vi in zip(gs, v))
    return torch.autograd.grad(dot, params)  # TM003-here


def top_eigen(model, x, y, iters=3):
    params = [p for p in model.parameters() if p.requires_grad]
    v = [torch.randn_like(p) for p in params]
    lam = 0.0
    for _ in range(iters):
        n = torch.sqrt(sum((vi ** 2).sum() for vi in v))
        v = [vi / n for vi in v]
        Hv = hvp(lambda: nn.functional.mse_loss(model(x), y), params, v)
        lam = sum((h * vi).sum() for h, vi in zip(Hv, v)).item()
        v = [h.detach() for h in Hv]
    return lam


torch.manual_seed(10)
rope = Rope()
rope.train()
print("lambda_max", top_eigen(rope, torch.randn(3, 5, 2), torch.randn(3, 5)))
