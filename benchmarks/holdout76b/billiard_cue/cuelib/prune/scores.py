"""Connection-sensitivity (|w * dL/dw|) scores computed on a held-out batch."""
import torch
import torch.nn.functional as F


def saliency_scores(model, x, y, only=None):
    params = {n: p for n, p in model.named_parameters() if p.requires_grad and (only is None or n.startswith(only))}
    model.zero_grad()
    loss = F.cross_entropy(model(x), y)
    loss.backward()  # TM001-here
    return {n: (p * p.grad).abs() for n, p in params.items() if p.grad is not None and p.dim() > 1}
