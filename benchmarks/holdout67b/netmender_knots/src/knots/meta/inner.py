import torch
import torch.nn.functional as F
from torch.func import functional_call


def adapt(model, params, support, lr, steps):
    xs, ys = support
    for _ in range(steps):
        loss = F.mse_loss(functional_call(model, params, (xs,)), ys)
        grads = torch.autograd.grad(loss, list(params.values()), create_graph=True)
        params = {k: v - lr * g for (k, v), g in zip(params.items(), grads)}
    return params
