import torch
import torch.nn.functional as F
from torch.func import functional_call, grad


def _loss(params, buffers, model, x, y):
    logits = functional_call(model, (params, buffers), (x.unsqueeze(0),))
    return F.cross_entropy(logits, y.unsqueeze(0))


def per_sample_grad_norms(model, xs, ys):
    """Grad-norm scores for spotting mislabelled swarm alerts (one sample at a time)."""
    params = {k: v.detach() for k, v in model.named_parameters()}
    buffers = {k: v.detach() for k, v in model.named_buffers()}
    g_fn = grad(_loss)
    norms = []
    with torch.backends.cudnn.flags(enabled=False):
        for x, y in zip(xs, ys):
            g = g_fn(params, buffers, model, x, y)
            norms.append(torch.sqrt(sum((t ** 2).sum() for t in g.values())))
    return torch.stack(norms)
