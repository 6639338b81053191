import torch
import torch.nn.functional as F

from .registry import phase


def _l2_normalise(d):
    return d / (d.flatten(1).norm(dim=1).view(-1, 1, 1) + 1e-8)


@phase("vat")
def virtual_adversarial(engine, xi=1e-2, eps=0.5, steps=2):
    model = engine.model
    for _ in range(steps):
        x, _ = engine.batch()
        with torch.no_grad():
            p = F.softmax(model(x), -1)
        d = _l2_normalise(torch.randn_like(x)).requires_grad_(True)
        kl = F.kl_div(F.log_softmax(model(x + xi * d), -1), p, reduction="batchmean")
        g, = torch.autograd.grad(kl, d)  # TM001-here
        r_adv = eps * _l2_normalise(g.detach())
        lds = F.kl_div(F.log_softmax(model(x + r_adv), -1), p, reduction="batchmean")
        engine.opt.zero_grad()
        lds.backward()
        engine.opt.step()
    return round(lds.item(), 5)
