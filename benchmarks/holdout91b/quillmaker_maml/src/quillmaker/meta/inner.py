import torch
from torch.func import functional_call


def mse(pred, y):
    return ((pred - y) ** 2).mean()


def adapt(net, params, support, lr, steps):
    fast = dict(params)
    for _ in range(steps):
        loss = mse(functional_call(net, fast, (support[0],)), support[1])
        grads = torch.autograd.grad(loss, list(fast.values()), create_graph=True)
        fast = {k: v - lr * g for (k, v), g in zip(fast.items(), grads)}
    return fast
