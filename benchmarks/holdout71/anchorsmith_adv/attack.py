import torch
import torch.nn.functional as F


class SignGradientPerturber:
    """One-step sign-gradient perturbation of the input sequence."""

    def __init__(self, model, eps=0.05):
        self.model = model.eval()
        self.eps = eps

    def __call__(self, x, y):
        x = x.clone().detach().requires_grad_(True)
        loss = F.cross_entropy(self.model(x), y)
        (g,) = torch.autograd.grad(loss, x)  # TM001-here
        return (x + self.eps * g.sign()).detach()
