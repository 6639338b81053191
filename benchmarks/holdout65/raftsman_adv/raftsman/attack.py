import torch
import torch.nn.functional as F


class SequencePGD:
    """L-inf PGD on the input sequence. Keeps the victim deterministic while attacking."""

    def __init__(self, model, eps=0.03, steps=3, alpha=None):
        self.model = model
        self.eps = eps
        self.steps = steps
        self.alpha = alpha or eps / 2
        self.model.eval()

    def perturb(self, x, y):
        delta = torch.zeros_like(x).uniform_(-self.eps, self.eps).requires_grad_(True)
        for _ in range(self.steps):
            loss = F.cross_entropy(self.model(x + delta), y)
            (g,) = torch.autograd.grad(loss, delta)  # TM001-here
            delta = (delta + self.alpha * g.sign()).clamp(-self.eps, self.eps).detach().requires_grad_(True)
        return (x + delta).detach()
