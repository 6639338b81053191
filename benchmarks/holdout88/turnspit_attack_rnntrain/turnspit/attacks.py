import torch
import torch.nn.functional as F


class FGSM:
    """Fast-gradient attacker; attacks are made against the deterministic (eval) model."""

    def __init__(self, model, eps):
        self.model = model
        self.eps = eps

    def perturb(self, x, y):
        self.model.eval()
        # dropout off everywhere, but the recurrent kernel must keep its training path
        self.model.rnn.train()
        x = x.clone().detach().requires_grad_(True)
        loss = F.mse_loss(self.model(x), y)
        grad, = torch.autograd.grad(loss, x)
        return (x + self.eps * grad.sign()).detach()
