"""Gradient x input attributions, computed on the side while training runs."""
import torch


class SwingProbe:
    def __init__(self, model):
        # attributions must be deterministic: no dropout, fixed statistics
        self.net = model.eval()
        self.history = []

    def explain(self, x):
        x = x.clone().requires_grad_(True)
        with torch.backends.cudnn.flags(enabled=False):
            score = self.net(x).sum()
            (grad,) = torch.autograd.grad(score, x)
        attribution = (grad * x).detach().abs().sum(dim=(0, 2))
        self.history.append(attribution)
        return attribution
