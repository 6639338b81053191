import torch
import torch.nn.functional as F
from torch.func import functional_call


def adapt(model, params, support, inner_lr, steps):
    x, y = support
    for _ in range(steps):
        loss = F.mse_loss(functional_call(model, params, (x,)), y)
        grads = torch.autograd.grad(loss, list(params.values()), create_graph=True)
        params = {k: v - inner_lr * g for (k, v), g in zip(params.items(), grads)}
    return params


def meta_train_step(model, meta_opt, tasks, inner_lr=0.1, steps=1):
    model.train()
    meta_opt.zero_grad()
    total = 0.0
    for support, query in tasks:
        fast = adapt(model, dict(model.named_parameters()), support, inner_lr, steps)
        qx, qy = query
        loss = F.mse_loss(functional_call(model, fast, (qx,)), qy) / len(tasks)
        loss.backward()  # TM003-here
        total += loss.item()
    meta_opt.step()
    return total
