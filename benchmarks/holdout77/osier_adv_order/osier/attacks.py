import torch
from torch import nn


class GradSignAttack:
    """One-step sign-gradient attack; holds the model it attacks."""

    def __init__(self, model, eps=0.05):
        self.model = model.eval()
        self.eps = eps
        self.loss_fn = nn.CrossEntropyLoss()

    def perturb(self, x, y):
        x_adv = x.clone().requires_grad_(True)
        loss = self.loss_fn(self.model(x_adv), y)
        (g,) = torch.autograd.grad(loss, x_adv)
        return (x + self.eps * g.sign()).detach()
