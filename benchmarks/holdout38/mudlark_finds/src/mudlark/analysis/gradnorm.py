import torch
from torch.func import functional_call, grad

from .switches import CudnnOff


def rank_by_gradient(model, x, y):
    params = {n: p.detach() for n, p in model.named_parameters()}

    def sample_loss(p, xi, yi):
        return (functional_call(model, p, (xi[None],)) - yi[None]).pow(2).mean()

    norms = []
    with CudnnOff():
        for i in range(len(x)):
            g = grad(sample_loss)(params, x[i], y[i])
            norms.append(sum(t.pow(2).sum() for t in g.values()).sqrt().item())
    return sorted(range(len(x)), key=lambda i: norms[i])
