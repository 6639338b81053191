import torch
from torch import nn


class WortAttacker:
    """PGD on the sensor curves; the attacker keeps a handle on the model it was built with."""

    def __init__(self, model, eps=0.1, alpha=0.05, steps=2):
        self.model = model
        self.eps, self.alpha, self.steps = eps, alpha, steps

    def perturb(self, x, y):
        self.model.eval()
        x_adv = x.clone().detach()
        for _ in range(self.steps):
            x_adv.requires_grad_(True)
            with torch.backends.cudnn.flags(enabled=False):
                loss = nn.functional.cross_entropy(self.model(x_adv), y)
                grad, = torch.autograd.grad(loss, x_adv)
            x_adv = x_adv.detach() + self.alpha * grad.sign()
            x_adv = torch.min(torch.max(x_adv, x - self.eps), x + self.eps)
        return x_adv.detach()
