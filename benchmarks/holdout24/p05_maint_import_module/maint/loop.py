import importlib

import torch
import torch.nn.functional as F


def load_callbacks(paths):
    out = []
    for path in paths:
        mod_name, _, attr = path.partition(":")
        out.append(getattr(importlib.import_module(mod_name), attr)())
    return out


def fit(model, train, val, cfg):
    callbacks = load_callbacks(cfg["callbacks"])
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    model.train()
    for epoch in range(cfg["epochs"]):
        for x, y in train:
            loss = F.mse_loss(model(x), y)
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
        with torch.no_grad():
            val_loss = sum(F.mse_loss(model(x), y).item() for x, y in val) / len(val)
        for cb in callbacks:
            cb.on_validation_end(model, epoch, val_loss)
