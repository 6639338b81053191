import torch
from torch import nn

from .stats import freeze_running_stats


def fit(model, batches, cfg):
    opt = torch.optim.SGD(model.parameters(), lr=cfg["lr"], momentum=0.9)
    model.train()
    if cfg.get("freeze_stats"):
        freeze_running_stats(model)
    history = []
    for epoch in range(cfg["epochs"]):
        for x, y in batches:
            opt.zero_grad()
            loss = nn.functional.mse_loss(model(x), y)
            loss.backward()
            opt.step()
            history.append(loss.item())
    return history
