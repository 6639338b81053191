import torch
import torch.nn.functional as F


class SpindleAttack:
    """One-step sign attack on vibration windows; marks the model as not training while crafting."""

    def __init__(self, model, eps=0.05):
        model.training = False
        self.model = model
        self.eps = eps

    def perturb(self, x, y):
        x = x.clone().requires_grad_(True)
        loss = F.cross_entropy(self.model(x), y)
        (g,) = torch.autograd.grad(loss, x)
        return (x + self.eps * g.sign()).detach()
