import torch
from torch.nn import functional as F


def alignment_penalty(losses, shared_params):
    """1 - cosine between the per-task gradients on the shared encoder (kept differentiable)."""
    flats = []
    for loss in losses:
        grads = torch.autograd.grad(loss, shared_params, create_graph=True, retain_graph=True)
        flats.append(torch.cat([g.reshape(-1) for g in grads]))
    return 1 - F.cosine_similarity(flats[0], flats[1], dim=0)
