import torch
import torch.nn.functional as F


class FGSM:
    """Attacks a fixed model; deterministic logits, so dropout is switched off."""

    def __init__(self, model, eps):
        self.model = model.eval()
        self.eps = eps

    def perturb(self, x, y):
        x_adv = x.clone().requires_grad_(True)
        loss = F.cross_entropy(self.model(x_adv), y)
        (g,) = torch.autograd.grad(loss, x_adv)
        return (x + self.eps * g.sign()).detach()
