import torch
import torch.nn.functional as F
from torch.func import functional_call


def adapt(model, support, inner_lr):
    params = dict(model.named_parameters())
    x, y = support
    loss = F.mse_loss(functional_call(model, params, (x,)), y)
    grads = torch.autograd.grad(loss, list(params.values()), create_graph=True)
    return {n: p - inner_lr * g for (n, p), g in zip(params.items(), grads)}


def meta_step(model, meta_opt, tasks, inner_lr):
    meta_opt.zero_grad()
    total = 0.0
    for support, query in tasks:
        fast = adapt(model, support, inner_lr)
        qx, qy = query
        qloss = F.mse_loss(functional_call(model, fast, (qx,)), qy) / len(tasks)
        qloss.backward()  # TM003-here
        total += qloss.item()
    meta_opt.step()
    return total
