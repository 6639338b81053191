"""Virtual adversarial training helpers (glovemaker stitching-sensor project)."""
import torch
import torch.nn.functional as F


class frozen_norm_stats:
    """Keep normalisation statistics fixed while the adversarial direction is searched."""

    def __init__(self, model):
        self.model = model

    def __enter__(self):
        self.was_training = self.model.training
        self.model.eval()
        return self.model

    def __exit__(self, *exc):
        self.model.train(self.was_training)
        return False


def _l2_normalise(d):
    return d / (d.flatten(1).norm(dim=1).view(-1, *[1] * (d.dim() - 1)) + 1e-8)


def vat_loss(model, x, xi=1e-2, eps=0.5, n_power=1):
    with torch.no_grad():
        p = F.softmax(model(x), dim=-1)
    d = _l2_normalise(torch.randn_like(x))
    for _ in range(n_power):
        d.requires_grad_(True)
        adv_kl = F.kl_div(F.log_softmax(model(x + xi * d), -1), p, reduction="batchmean")
        (g,) = torch.autograd.grad(adv_kl, d)  # TM001-here
        d = _l2_normalise(g.detach())
    r_adv = eps * d
    return F.kl_div(F.log_softmax(model(x + r_adv), -1), p, reduction="batchmean")
