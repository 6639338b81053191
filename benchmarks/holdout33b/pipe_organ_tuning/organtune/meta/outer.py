from torch.func import functional_call
from torch.nn import functional as F

from .inner import inner_adapt


def meta_step(model, meta_opt, tasks, inner_steps=2, inner_lr=0.1, first_order=False):
    model.train()
    meta_opt.zero_grad()
    total = 0.0
    for support, (xq, yq) in tasks:
        fast = inner_adapt(model, support, steps=inner_steps, lr=inner_lr, first_order=first_order)
        query_loss = F.mse_loss(functional_call(model, fast, (xq,)), yq) / len(tasks)
        query_loss.backward()  # TM003-here
        total += float(query_loss)
    meta_opt.step()
    return total
