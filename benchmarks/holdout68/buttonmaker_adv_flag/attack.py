import torch
import torch.nn.functional as F


class Perturber:
    """PGD-style perturbation of the input profile. Keeps a handle on the model it attacks."""

    def __init__(self, model, eps=0.1, alpha=0.05, steps=2):
        self.model = model
        # switch off dropout while attacking
        self.model.training = False
        self.eps, self.alpha, self.steps = eps, alpha, steps

    def perturb(self, x, y):
        delta = torch.zeros_like(x).uniform_(-self.eps, self.eps).requires_grad_(True)
        for _ in range(self.steps):
            loss = F.cross_entropy(self.model(x + delta), y)
            (g,) = torch.autograd.grad(loss, delta)
            delta = (delta + self.alpha * g.sign()).clamp(-self.eps, self.eps).detach().requires_grad_(True)
        return (x + delta).detach()
