import torch
import torch.nn.functional as F


class LinfPGD:
    """Projected gradient attack on the inputs, with the model in the mode the settings ask for while it runs."""

    def __init__(self, model, eps, steps, alpha, attack_mode="train"):
        self.model = model
        self.eps, self.steps, self.alpha = eps, steps, alpha
        self.attack_mode = attack_mode

    def perturb(self, x, y):
        self.model.train(self.attack_mode == "train")
        delta = torch.zeros_like(x).uniform_(-self.eps, self.eps)
        for _ in range(self.steps):
            delta.requires_grad_(True)
            loss = F.cross_entropy(self.model(x + delta), y)
            (g,) = torch.autograd.grad(loss, delta)
            delta = (delta.detach() + self.alpha * g.sign()).clamp(-self.eps, self.eps)
        return (x + delta).detach()
