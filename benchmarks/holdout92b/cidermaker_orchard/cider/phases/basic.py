import torch
import torch.nn.functional as F

from .registry import phase


@phase("warmup")
def warmup(engine, steps=2):
    engine.model.train()
    for _ in range(steps):
        x, y = engine.batch()
        loss = F.cross_entropy(engine.model(x), y)
        engine.opt.zero_grad()
        loss.backward()
        engine.opt.step()
    return round(loss.item(), 4)


@phase("calibrate")
def calibrate(engine):
    """Fit a temperature on held-out logits (model frozen in eval mode)."""
    engine.model.eval()
    x, y = engine.batch(8)
    with torch.no_grad():
        logits = engine.model(x)
    t = torch.ones(1, requires_grad=True)
    opt = torch.optim.LBFGS([t], lr=0.1, max_iter=10)

    def closure():
        opt.zero_grad()
        loss = F.cross_entropy(logits / t, y)
        loss.backward()
        return loss

    opt.step(closure)
    engine.temperature = t.item()
    return round(engine.temperature, 4)
