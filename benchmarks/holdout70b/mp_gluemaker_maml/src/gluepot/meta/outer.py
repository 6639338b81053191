from torch.func import functional_call

from .inner import adapt


def outer_step(model, tasks, meta_opt, cfg):
    meta_opt.zero_grad()
    total = 0.0
    for support, (xq, yq) in tasks:
        fast = adapt(model, support, cfg["inner_lr"], cfg["inner_steps"], cfg["first_order"])
        q_loss = (functional_call(model, fast, (xq,)) - yq).pow(2).mean() / len(tasks)
        q_loss.backward()  # TM003-here
        total += q_loss.item()
    meta_opt.step()
    return total
