import torch
import torch.nn as nn
from torch.func import functional_call, grad


def _window_loss(params, model, x, y):
    pred = functional_call(model, params, (x[None],))
    return nn.functional.mse_loss(pred, y[None])


def per_sample_grad_norms(model, x, y):
    params = {k: p.detach() for k, p in model.named_parameters()}
    norms = []
    for i in range(x.shape[0]):
        g = grad(_window_loss)(params, model, x[i], y[i])  # TM002-here
        norms.append(torch.sqrt(sum((v ** 2).sum() for v in g.values())))
    return torch.stack(norms)


def prune_by_grad_norm(model, x, y, keep_fraction):
    scores = per_sample_grad_norms(model, x, y)
    k = max(1, int(keep_fraction * len(scores)))
    return scores.topk(k).indices.sort().values
