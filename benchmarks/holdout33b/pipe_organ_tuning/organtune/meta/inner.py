import torch
from torch.func import functional_call
from torch.nn import functional as F


def inner_adapt(model, support, steps=2, lr=0.1, first_order=False):
    """MAML inner loop: returns adapted fast weights, differentiable w.r.t. the slow ones."""
    params = dict(model.named_parameters())
    x, y = support
    for _ in range(steps):
        loss = F.mse_loss(functional_call(model, params, (x,)), y)
        grads = torch.autograd.grad(loss, list(params.values()), create_graph=not first_order)
        params = {k: p - lr * g for (k, p), g in zip(params.items(), grads)}
    return params
