"""Per-sample gradient norms with torch.func (cooper barrel leak project)."""
import torch
import torch.nn.functional as F
from torch.func import functional_call, grad


def _loss(params, buffers, model, x, y):
    out = functional_call(model, (params, buffers), (x[None],))
    return F.cross_entropy(out, y[None])


def per_sample_grad_norms(model, xs, ys):
    params = {k: v.detach() for k, v in model.named_parameters()}
    buffers = {k: v.detach() for k, v in model.named_buffers()}
    norms = []
    for x, y in zip(xs, ys):   # a loop: vmap has no batching rule for the LSTM
        g = grad(_loss)(params, buffers, model, x, y)  # TM002-here
        norms.append(torch.sqrt(sum((v ** 2).sum() for v in g.values())))
    return torch.stack(norms)
