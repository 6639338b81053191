import torch
import torch.nn.functional as F

from .registry import phase


def brews(n, days, seed, strong=False):
    g = torch.Generator().manual_seed(seed)
    og = 1.04 + 0.03 * torch.rand(n, 1, generator=g) + (0.02 if strong else 0.0)
    t = torch.arange(days).float().unsqueeze(0)
    gravity = og - (og - 1.01) * (1 - torch.exp(-0.4 * t))
    temp = 18 + 2 * torch.randn(n, days, generator=g)
    bubbles = torch.relu(torch.randn(n, days, generator=g) + 2)
    x = torch.stack([(gravity - 1) * 20, temp / 20, bubbles / 3], -1)
    fg = (og.squeeze(1) - 1.0) * 0.25 * 20
    return x, fg


@phase("fit")
def fit(model, state):
    cfg = state["plan"]["data"]
    x, y = brews(cfg["batches"], cfg["days"], seed=0)
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    state["opt"] = opt
    model.train()
    for epoch in range(3):
        for i in range(0, len(x), 6):
            opt.zero_grad()
            loss = F.mse_loss(model(x[i:i + 6]), y[i:i + 6])
            loss.backward()
            opt.step()
    state["metrics"]["fit_loss"] = loss.item()


@phase("appraise")
def appraise(model, state):
    cfg = state["plan"]["data"]
    x, y = brews(8, cfg["days"], seed=1)
    model.eval()
    with torch.no_grad():
        state["metrics"]["appraise_mae"] = (model(x) - y).abs().mean().item()


@phase("cellar_tune")
def cellar_tune(model, state):
    """A few steps on the strong winter ales the cellarer keeps apart."""
    cfg = state["plan"]["data"]
    x, y = brews(6, cfg["days"], seed=2, strong=True)
    opt = state["opt"]
    for _ in range(2):
        opt.zero_grad()
        loss = F.mse_loss(model(x), y)
        loss.backward()  # TM001-here
        opt.step()
    state["metrics"]["cellar_loss"] = loss.item()
