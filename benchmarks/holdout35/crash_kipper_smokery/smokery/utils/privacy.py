"""Per-sample gradients for the smokery co-operative's private training.

Each smokehouse's logs are one sample; gradients are clipped per house.
"""
import torch
import torch.nn.functional as F
from torch.func import functional_call, grad


def per_sample_grads(model, x, y):
    params = {k: v.detach() for k, v in model.named_parameters()}

    def loss_one(p, xi, yi):
        pred = functional_call(model, p, (xi.unsqueeze(0),))
        return F.mse_loss(pred, yi.unsqueeze(0))

    grad_fn = grad(loss_one)
    rows = []
    for i in range(x.size(0)):
        rows.append(grad_fn(params, x[i], y[i]))  # TM002-here
    return rows


def clip_and_noise(rows, max_norm=1.0, sigma=0.5):
    summed = {}
    for g in rows:
        norm = torch.sqrt(sum(v.pow(2).sum() for v in g.values()))
        scale = min(1.0, max_norm / (float(norm) + 1e-6))
        for k, v in g.items():
            summed[k] = summed.get(k, 0) + v * scale
    n = len(rows)
    return {k: (v + sigma * max_norm * torch.randn_like(v)) / n for k, v in summed.items()}
