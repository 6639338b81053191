import torch
import torch.nn.functional as F
from torch.func import functional_call


def inner_adapt(model, params, x, y, lr):
    loss = F.mse_loss(functional_call(model, params, (x,)), y)
    grads = torch.autograd.grad(loss, list(params.values()), create_graph=True)
    return {name: p - lr * g for (name, p), g in zip(params.items(), grads)}


def meta_step(model, opt, task, lr=0.1):
    (sx, sy), (qx, qy) = task
    fast = inner_adapt(model, dict(model.named_parameters()), sx, sy, lr)
    loss = F.mse_loss(functional_call(model, fast, (qx,)), qy)
    opt.zero_grad()
    loss.backward()
    opt.step()
    return loss.item()
