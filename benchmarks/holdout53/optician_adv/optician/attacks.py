import torch
import torch.nn.functional as F


class LensPGD:
    """Projected gradient attack on the input readings; holds its own reference to the model."""

    def __init__(self, model, eps=0.1, steps=3, alpha=None):
        self.model = model
        self.eps = eps
        self.steps = steps
        self.alpha = alpha or eps / 2

    def _prepare(self):
        # deterministic forward for the attack: no dropout noise
        self.model.eval()

    def __call__(self, x, y):
        self._prepare()
        x_adv = x.clone().detach()
        for _ in range(self.steps):
            x_adv.requires_grad_(True)
            loss = F.mse_loss(self.model(x_adv), y)
            (g,) = torch.autograd.grad(loss, x_adv)  # TM001-here
            x_adv = x_adv.detach() + self.alpha * g.sign()
            x_adv = x + (x_adv - x).clamp(-self.eps, self.eps)
        return x_adv.detach()
