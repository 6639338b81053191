import torch

from .persample import per_sample_grads


def clipped_step(model, opt, xb, yb, max_norm=1.0, noise=0.5):
    grads = per_sample_grads(model, xb, yb)
    norms = torch.sqrt(sum(g.flatten(1).pow(2).sum(1) for g in grads.values()))
    scale = (max_norm / (norms + 1e-6)).clamp(max=1.0)
    for name, p in model.named_parameters():
        g = grads[name] * scale.view(-1, *([1] * (grads[name].dim() - 1)))
        p.grad = (g.sum(0) + noise * max_norm * torch.randn_like(p)) / xb.size(0)
    opt.step()
    return norms.mean().item()
