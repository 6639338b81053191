import torch
import torch.nn.functional as F


class SpindleAttack:
    """One-step sign attack on vibration windows; keeps dropout off while crafting."""

    def __init__(self, model, eps=0.05):
        self.model = model.eval()
        self.eps = eps

    def perturb(self, x, y):
        x = x.clone().requires_grad_(True)
        loss = F.cross_entropy(self.model(x), y)
        (g,) = torch.autograd.grad(loss, x)  # TM001-here
        return (x + self.eps * g.sign()).detach()
