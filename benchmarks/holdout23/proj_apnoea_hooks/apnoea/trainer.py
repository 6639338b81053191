import importlib

import torch
import torch.nn.functional as F


def load_hooks():
    try:
        return importlib.import_module("apnoea_hooks")
    except ImportError:
        from . import default_hooks
        return default_hooks


def fit(model, x, y, epochs):
    hooks = load_hooks()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    pos_weight = torch.tensor(4.0)
    for epoch in range(epochs):
        hooks.before_epoch(model, epoch)
        logits = model(x)
        loss = F.binary_cross_entropy_with_logits(logits, y, pos_weight=pos_weight)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        hooks.after_epoch(model, epoch, loss.item())
