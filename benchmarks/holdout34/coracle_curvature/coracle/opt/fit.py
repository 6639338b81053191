import torch
import torch.nn.functional as F

from .curvature import hvp_curvature


def fit(model, opt, steps):
    model.train()
    g = torch.Generator().manual_seed(0)
    for step in range(steps):
        x = torch.randn(4, 10, 2, generator=g)
        y = x.pow(2).mean((1, 2))
        loss = F.mse_loss(model(x), y)
        curv, grads = hvp_curvature(loss, opt.params)
        used = opt.step(grads, curv)
        yield f"step {step}: loss {loss.item():.4f} curvature {curv:.3f} step size {used:.4f}"
