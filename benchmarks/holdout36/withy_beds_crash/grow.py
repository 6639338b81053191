# expect: crash
"""Fit rod-yield models for each bed; report RMSE every few steps."""
import torch
import torch.nn.functional as F

from withy.models import *
from withy.utils import rmse_on

BEDS = {"north": "lstm", "river": "gru"}


def seasons(n, batch=4, weeks=9, seed=0):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(batch, weeks, 4, generator=g), torch.rand(batch, generator=g))
            for _ in range(n)]


def fit_bed(name, kind, steps=6, report_every=3):
    model = build(kind, hidden=8)
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    train, val = seasons(steps), seasons(2, seed=7)
    model.train()
    for step in range(steps):
        x, y = train[step]
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        if (step + 1) % report_every == 0:
            print(f"{name} step {step + 1}: val rmse {rmse_on(model, val):.3f}")
    return model


if __name__ == "__main__":
    torch.manual_seed(0)
    models = {name: fit_bed(name, kind) for name, kind in BEDS.items()}
    print(sorted(models))
