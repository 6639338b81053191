import torch


def apply_step(opt, loss, clip=None):
    opt.zero_grad()
    loss.backward()  # TM001-here
    if clip:
        torch.nn.utils.clip_grad_norm_([p for g in opt.param_groups for p in g["params"]], clip)
    opt.step()
