import torch
import torch.nn.functional as F
from torch.func import functional_call


def adapt(model, params, support, steps=1, lr=0.1, first_order=False):
    """Inner loop: a few SGD steps on the support set, differentiable unless first_order."""
    x, y = support
    for _ in range(steps):
        pred = functional_call(model, params, (x,))
        loss = F.mse_loss(pred, y)
        grads = torch.autograd.grad(loss, list(params.values()), create_graph=not first_order)
        params = {k: v - lr * g for (k, v), g in zip(params.items(), grads)}
    return params
