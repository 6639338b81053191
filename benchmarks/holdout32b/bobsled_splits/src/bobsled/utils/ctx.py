import contextlib

import torch


@contextlib.contextmanager
def scoring(model):
    """Freeze ``model`` for a scoring pass; the requires_grad flags come back afterwards."""
    flags = {n: p.requires_grad for n, p in model.named_parameters()}
    model.eval()
    for p in model.parameters():
        p.requires_grad_(False)
    try:
        with torch.no_grad():
            yield model
    finally:
        for n, p in model.named_parameters():
            p.requires_grad_(flags[n])
