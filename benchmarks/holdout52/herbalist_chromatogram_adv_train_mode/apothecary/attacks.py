import torch
import torch.nn.functional as F


class PGDAttacker:
    """Projected gradient attack on the input traces."""

    def __init__(self, model, eps, steps, alpha, model_mode="train"):
        self.model = model
        self.eps, self.steps, self.alpha = eps, steps, alpha
        self.model_mode = model_mode

    def perturb(self, x, y):
        self.model.train(self.model_mode == "train")
        delta = torch.empty_like(x).uniform_(-self.eps, self.eps)
        for _ in range(self.steps):
            delta.requires_grad_(True)
            loss = F.cross_entropy(self.model(x + delta), y)
            (g,) = torch.autograd.grad(loss, delta)
            delta = (delta.detach() + self.alpha * g.sign()).clamp(-self.eps, self.eps)
        return (x + delta).detach()
