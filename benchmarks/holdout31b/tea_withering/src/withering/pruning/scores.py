"""Gradient-norm data pruning (per-sample gradients with torch.func)."""
import torch
import torch.nn.functional as F
from torch.func import functional_call, grad


def _sample_loss(model, params, buffers, x, y):
    pred = functional_call(model, (params, buffers), (x.unsqueeze(0),))
    return F.mse_loss(pred, y.unsqueeze(0))


def grad_norm_scores(model, x, y):
    params = {k: v.detach() for k, v in model.named_parameters()}
    buffers = {k: v.detach() for k, v in model.named_buffers()}
    g_fn = grad(_sample_loss, argnums=1)
    scores = []
    for i in range(len(x)):
        g = g_fn(model, params, buffers, x[i], y[i])  # TM002-here
        scores.append(torch.sqrt(sum(t.pow(2).sum() for t in g.values())))
    return torch.stack(scores)


def keep_hardest(x, y, scores, frac=0.5):
    k = max(1, int(len(x) * frac))
    idx = scores.topk(k).indices
    return x[idx], y[idx]
