"""Sanity checks run before fitting (like a framework's sanity validation)."""
import logging

import torch

log = logging.getLogger(__name__)


@torch.no_grad()
def sanity_validate(model, loader, loss_fn, num_steps):
    model.eval()
    losses = []
    for i, (x, y) in enumerate(loader):
        if i >= num_steps:
            break
        losses.append(loss_fn(model(x), y).item())
    if losses:
        log.info("sanity check: %d batches, loss %.4f", len(losses), sum(losses) / len(losses))
    return losses
