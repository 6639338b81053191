import torch
from torch.func import functional_call


def adapt(net, params, support, lr, first_order):
    x, y = support
    pred = functional_call(net, params, (x,))
    loss = (pred - y).pow(2).mean()
    grads = torch.autograd.grad(loss, list(params.values()), create_graph=not first_order)
    return {k: v - lr * g for (k, v), g in zip(params.items(), grads)}
