import torch
from torch import nn


def test_time_adapt(model, furnace_runs, lr=1e-3, steps=1):
    """Per-run adaptation: a few reconstruction steps on the unlabeled run, then predict."""
    model.eval()
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    preds = []
    for x in furnace_runs:
        for _ in range(steps):
            opt.zero_grad()
            loss = nn.functional.mse_loss(model(x), x)
            loss.backward()
            opt.step()
        with torch.no_grad():
            preds.append(model(x)[:, -1].mean().item())
    return preds
